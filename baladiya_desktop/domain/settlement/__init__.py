"""Job settlement (التسوية الوظيفية): entitlement rules, cases, workflow, decisions, cost."""
