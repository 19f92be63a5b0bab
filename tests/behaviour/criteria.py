"""The person-specification lines the behavioural suite scores against, and the slot values its
templates draw from. Criterion texts are the kind UK councils write; the rules are what the role
spec format (criteria/spec.py) compiles them to."""

from __future__ import annotations

from tests.behaviour.suite import CriterionSpec

LEVELS = ("entry", "foundation", "intermediate", "advanced", "proficiency")
MIN_YEARS = (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20)
ROLES_ALL = ["AMHP", "BIA", "AMCP", "practice_educator"]


def _criteria() -> dict[str, CriterionSpec]:
    c = CriterionSpec
    out = {
        "reg_hcpc_ot": c(
            "Registered with the HCPC as an Occupational Therapist",
            {"kind": "registration", "bodies": ["HCPC"], "profession": "occupational therapist"},
        ),
        "reg_swe": c(
            "Registered with Social Work England", {"kind": "registration", "bodies": ["SWE"]}
        ),
        "reg_scw": c(
            "Registered with Social Care Wales", {"kind": "registration", "bodies": ["SCW"]}
        ),
        "reg_sw_any": c(
            "Registered as a social worker with Social Work England or Social Care Wales",
            {"kind": "registration", "bodies": ["SWE", "SCW"]},
        ),
        "qual_ot": c(
            "A recognised qualification in Occupational Therapy (degree or diploma)",
            {"kind": "qualification", "subjects": ["occupational_therapy"]},
        ),
        "qual_ot_masters": c(
            "Masters degree in Occupational Therapy or equivalent",
            {"kind": "qualification", "subjects": ["occupational_therapy"], "min_level": "masters"},
        ),
        "qual_ot_training": c(
            "Occupational Therapy qualification, or in the final stages of study towards one",
            {
                "kind": "qualification",
                "subjects": ["occupational_therapy"],
                "accept_training": True,
            },
        ),
        "qual_sw": c(
            "A Social Work qualification recognised by Social Work England",
            {"kind": "qualification", "subjects": ["social_work"]},
        ),
        "qual_sw_training": c(
            "A Social Work qualification, or currently studying for one",
            {"kind": "qualification", "subjects": ["social_work"], "accept_training": True},
        ),
        "qual_hsc3": c(
            "NVQ/QCF/RQF level 3 in Health and Social Care or equivalent",
            {"kind": "qualification", "subjects": ["health_social_care"], "min_level": "nvq3"},
        ),
        "role_any": c(
            "Approved Mental Health Professional, Best Interests Assessor, AMCP or Practice "
            "Educator",
            {"kind": "approved_role", "roles": ROLES_ALL},
        ),
        "role_any_training": c(
            "AMHP, BIA, AMCP or Practice Educator, or currently in training for one",
            {"kind": "approved_role", "roles": ROLES_ALL, "accept_training": True},
        ),
        "role_any_commit": c(
            "Best Interest Assessor, Approved Mental Health Professional or Practice Educator "
            "(or a commitment to train)",
            {
                "kind": "approved_role",
                "roles": ROLES_ALL,
                "accept_training": True,
                "accept_commitment": True,
            },
        ),
        "role_amhp": c(
            "Must be a warranted Approved Mental Health Professional (AMHP)",
            {"kind": "approved_role", "roles": ["AMHP"]},
        ),
        "role_two": c(
            "At least two of: AMHP, BIA, Practice Educator",
            {
                "kind": "approved_role",
                "roles": ["AMHP", "BIA", "practice_educator"],
                "min_count": 2,
            },
        ),
        "asye_default": c(
            "Completed, or currently undertaking, the Assessed and Supported Year in Employment",
            {"kind": "asye"},
        ),
        "asye_completed": c(
            "Successfully completed the ASYE",
            {"kind": "asye", "accept_training": False},
        ),
        "asye_willing": c(
            "To have completed or be willing to undertake the Assessed and Supported Year in "
            "Employment (ASYE)",
            {"kind": "asye", "accept_commitment": True},
        ),
        "drive": c("A full UK driving licence", {"kind": "driving"}),
        "drive_access": c(
            "A full driving licence and access to a vehicle for work purposes",
            {"kind": "driving", "access_to_transport": True},
        ),
        "drive_alt": c(
            "A full driving licence and access to transport is essential; disabled employees "
            "who are unable to drive because of their disability will be able to use taxis to "
            "carry out their duties",
            {"kind": "driving", "access_to_transport": True, "disability_alternative": True},
        ),
    }
    for level in LEVELS:
        out[f"welsh_{level}"] = c(
            f"Welsh language skills at {level} level",
            {"kind": "language", "language": "welsh", "min_level": level},
        )
    for years in MIN_YEARS:
        out[f"exp_pq_{years}"] = c(
            f"At least {years} years' post-qualifying experience",
            {"kind": "experience_years", "min_years": years, "post_qualification": True},
        )
        out[f"exp_{years}"] = c(
            f"At least {years} years' experience of working in social care",
            {"kind": "experience_years", "min_years": years, "domain": "social care"},
        )
    return out


CRITERIA = _criteria()

UNIS = (
    "Brighton", "the University of Brighton", "Cardiff University", "Sheffield Hallam",
    "Oxford Brookes", "the University of Salford", "Glyndwr University", "Coventry University",
    "Plymouth", "the University of East Anglia", "Swansea University", "Canterbury Christ Church",
    "Leeds Beckett", "the University of Derby", "Bangor University", "Northumbria",
)
EMPLOYERS = (
    "Kent County Council", "Kent CC", "Norfolk County Council", "Leeds City Council",
    "Cardiff Council", "City and County of Swansea", "Birmingham City Council", "Essex CC",
    "Wrexham County Borough Council", "Devon County Council", "Sunderland City Council",
    "Leicestershire County Council", "Carmarthenshire County Council", "Bradford Council",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept",
    "Oct", "Nov", "Dec",
)
MONTH_NUMBER = {name: i % 12 + 1 for i, name in enumerate(MONTHS[:12])} | {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sept": 9, "Oct": 10,
    "Nov": 11, "Dec": 12,
}
OTHER_PROFESSIONS = (
    ("paramedic", "PA"), ("physiotherapist", "PH"), ("speech and language therapist", "SL"),
    ("dietitian", "DT"), ("radiographer", "RA"), ("podiatrist", "CH"), ("art therapist", "AS"),
    ("orthoptist", "OR"), ("operating department practitioner", "ODP"),
    ("practitioner psychologist", "PYL"),
)

POOLS: dict[str, tuple[str, ...]] = {
    "hcpc": (
        "HCPC", "Health and Care Professions Council", "HCPC (Health and Care Professions Council)"
    ),
    "ot": ("occupational therapist", "OT", "Occupational Therapist"),
    "a_ot": ("an occupational therapist", "an OT", "an Occupational Therapist"),
    "a_prof": ("an occupational therapist", "a social worker", "an OT"),
    "ot_number": tuple(
        f"OT{n}" for n in (12345, 61245, 34567, 70231, 44120, 58213, 40517, 29876, 83302, 50094)
    ),
    "sw_number": tuple(
        f"SW{n}" for n in (123456, 43871, 104532, 87311, 65020, 112904, 99321, 70412)
    ),
    "year_past": tuple(str(y) for y in range(2004, 2023)),
    "year_hpc": tuple(str(y) for y in range(2003, 2012)),
    "year_swe": tuple(str(y) for y in range(2020, 2026)),
    "year_recent": tuple(str(y) for y in range(2021, 2026)),
    "year_lapse": tuple(str(y) for y in range(2021, 2026)),
    "year_old_sw": tuple(str(y) for y in range(1990, 2008)),
    "dipcot_year": tuple(str(y) for y in range(1986, 2003)),
    "year_licence": tuple(str(y) for y in range(1990, 2021)),
    "year_old": tuple(str(y) for y in range(1992, 2012)),
    "month": MONTHS,
    "uni": UNIS,
    "employer": EMPLOYERS,
    "employer2": EMPLOYERS,
    "ot_school": (
        "the Dorset House School of Occupational Therapy",
        "the London School of Occupational Therapy",
        "the Derby School of Occupational Therapy", "the Welsh School of Occupational Therapy",
    ),
    "setting": (
        "a hospital discharge team", "a community team", "a locality team", "a reablement service",
        "a community mental health team", "an adult social care team",
    ),
    "hsc": ("Health and Social Care", "Health and Social Care (Adults)", "Health & Social Care"),
}
