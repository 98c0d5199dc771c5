"""How staff lists in municipal offices write names and codes: the four-part name in one
cell, qualifications and employment types in everyday words, grades as ordinals.

Everything here compares by :func:`label_key` (the search key without punctuation and the
article ال), so «الشهادة الثانوية», «ثانوية» and «شهادة ثانويه» are the same words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.reference import RefItem
from baladiya_desktop.core.text import clean_text, search_key

# A word that belongs to the next one: «عبد الله», «أبو بكر», «بو شعالة», «بن غلبون».
_JOIN_NEXT = frozenset({"عبد", "ابو", "بو", "بن", "ابن", "ام"})
# A word that belongs to the one before: «نور الدين», «جاد الله», «سيف الإسلام».
_JOIN_PREVIOUS = frozenset({"الله", "الدين", "الاسلام"})
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@lru_cache(maxsize=8192)  # an import asks for the same few words thousands of times
def label_key(text: str) -> str:
    """The key two labels are compared by: search key, no punctuation, no article."""
    key = search_key(_BRACKETS.sub(" ", text)) or search_key(text)
    words = "".join(ch if ch.isalnum() else " " for ch in key).split()
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words)


@lru_cache(maxsize=8192)
def _word_key(word: str) -> str:
    return search_key(word)


def name_parts(full_name: str) -> list[str]:
    """The parts of a name as written, compound names kept whole (spelling unchanged)."""
    words = clean_text(full_name).split()
    parts: list[str] = []
    join_next = False
    for word in words:
        key = _word_key(word)
        if parts and (join_next or key in _JOIN_PREVIOUS):
            parts[-1] = f"{parts[-1]} {word}"
        else:
            parts.append(word)
        join_next = key in _JOIN_NEXT
    return parts


def split_four_part_name(full_name: str, field: str = "full_name") -> tuple[str, str, str, str]:
    """First, father, grandfather and family name of «الاسم الرباعي».

    Three parts are first, father and family; more than four leave the rest to the family
    name («بن غلبون», «الحاج علي»). Fewer than three cannot be a register name.
    """
    parts = name_parts(full_name)
    if len(parts) < 3:
        raise ValidationError(
            f"الاسم «{clean_text(full_name)}» ناقص: اكتب الاسم الرباعي (الاسم واسم الأب واسم "
            "الجد واللقب) أو الثلاثي على الأقل.",
            f"The name '{clean_text(full_name)}' is incomplete: write at least first, father's "
            "and family name.",
            field=field,
        )
    if len(parts) == 3:
        return parts[0], parts[1], "", parts[2]
    return parts[0], parts[1], parts[2], " ".join(parts[3:])


# Everyday words for the shipped codes; a code the ministry's list lacks is ignored.
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "qualification_level": {
        "none": ("بدون", "لا يوجد", "غير متعلم"),
        "literacy": ("يقرأ ويكتب", "محو أمية"),
        "primary": ("ابتدائي", "ابتدائية", "شهادة ابتدائية"),
        "preparatory": ("إعدادي", "إعدادية", "شهادة إعدادية", "الشهادة الإعدادية"),
        "secondary": ("ثانوي", "ثانوية", "ثانوية عامة", "شهادة ثانوية", "ثانوية تخصصية"),
        "intermediate_diploma": ("دبلوم", "دبلوم متوسط", "معهد متوسط"),
        "higher_diploma": ("دبلوم عالي", "دبلوم عال", "معهد عالي"),
        "bachelor": ("بكالوريوس", "بكالريوس", "ليسانس", "جامعي", "إجازة جامعية"),
        "master": ("ماجستير", "ماجيستير", "ماستر"),
        "doctorate": ("دكتوراه", "دكتوراة"),
    },
    "employment_type": {
        "permanent": ("قار", "تعيين", "دائم", "مثبت", "تعيين قار"),
        "probation": ("تحت التجربة", "تجربة"),
        "contract": ("عقد", "متعاقد", "تعاقد", "عقد عمل"),
        "secondment_in": ("ندب", "منتدب", "منتدب إلى البلدية"),
        "loan_in": ("إعارة", "معار", "معار إلى البلدية"),
        "transfer_in": ("نقل", "منقول", "منقول إلى البلدية"),
        "assignment": ("تكليف", "مكلف"),
        "collaborator": ("متعاون",),
    },
    "employee_status": {
        "at_work": ("على رأس العمل", "يعمل", "قائم بالعمل", "بالعمل", "نشط"),
        "on_leave": ("إجازة", "في إجازة", "مجاز"),
        "suspended": ("موقوف", "إيقاف", "موقوف عن العمل"),
        "seconded_out": ("منتدب خارج البلدية", "منتدب للخارج"),
        "loaned_out": ("معار خارج البلدية", "معار للخارج"),
        "surplus": ("فائض", "احتياط", "احتياط عام", "فائض ملاك"),
        "retired": ("متقاعد", "تقاعد"),
        "resigned": ("مستقيل", "استقالة"),
        "deceased": ("متوفى", "متوفي", "وفاة"),
        "dismissed": ("مفصول", "فصل"),
        "transferred_out": ("منقول خارج البلدية",),
    },
    "marital_status": {
        "single": ("أعزب", "عزباء", "اعزب"),
        "married": ("متزوج", "متزوجة"),
        "divorced": ("مطلق", "مطلقة"),
        "widowed": ("أرمل", "أرملة"),
    },
}


def label_index(list_name: str, items: list[RefItem]) -> dict[str, str]:
    """Every way of writing each code of a list (code, names, their parts, synonyms)."""
    index: dict[str, str] = {}
    codes = {i.code for i in items}
    for item in items:
        names = [item.code, item.name_ar, item.name_en]
        for name in (item.name_ar, item.name_en):
            names += re.split(r"[/()،,]", name)
        for name in names:
            if label_key(name):
                index.setdefault(label_key(name), item.code)
    for code, words in SYNONYMS.get(list_name, {}).items():
        if code in codes:
            for word in words:
                index.setdefault(label_key(word), code)
    return index


_ORDINALS = (
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "السابعة",
    "الثامنة",
    "التاسعة",
    "العاشرة",
    "الحادية عشرة",
    "الثانية عشرة",
    "الثالثة عشرة",
    "الرابعة عشرة",
    "الخامسة عشرة",
)
GRADE_WORDS: dict[str, int] = {label_key(w): n for n, w in enumerate(_ORDINALS, start=1)}
GRADE_WORDS |= {label_key(f"الدرجة {w}"): n for n, w in enumerate(_ORDINALS, start=1)}
