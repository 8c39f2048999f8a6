"""Closed lists of values, stored as their string value.

Columns hold plain strings (not SQL enums) so that adding a value never needs a table
rebuild on SQLite; services validate against these lists at the edge.
"""

from __future__ import annotations

from enum import StrEnum


class SeatCategory(StrEnum):
    ELECTED_MEMBER = "elected_member"
    COUNCIL_OFFICER = "council_officer"
    PARTNER_AGENCY = "partner_agency"
    YOUNG_PERSON = "young_person"
    FOSTER_CARER = "foster_carer"
    EDUCATION = "education"
    HEALTH = "health"
    POLICE = "police"
    VOLUNTARY_SECTOR = "voluntary_sector"
    ADVISOR = "advisor"

    @property
    def label(self) -> str:
        return {
            "elected_member": "Elected member",
            "council_officer": "Council officer",
            "partner_agency": "Partner agency",
            "young_person": "Care-experienced young person",
            "foster_carer": "Foster carer",
            "education": "Education",
            "health": "Health",
            "police": "Police",
            "voluntary_sector": "Voluntary sector",
            "advisor": "Advisor",
        }[self.value]


class OrganisationKind(StrEnum):
    COUNCIL = "council"
    NHS = "nhs"
    POLICE = "police"
    HOUSING = "housing"
    DWP = "dwp"
    CVS = "cvs"
    EDUCATION = "education"
    CAREERS = "careers"
    ADVOCACY = "advocacy"
    ADOPTION_AGENCY = "adoption_agency"
    FOSTER_CARERS = "foster_carers"
    OTHER = "other"


class ReportFrequency(StrEnum):
    EVERY_MEETING = "every_meeting"
    QUARTERLY = "quarterly"
    BI_ANNUAL = "bi_annual"
    ANNUAL = "annual"
    AS_REQUESTED = "as_requested"

    @property
    def label(self) -> str:
        return self.value.replace("_", "-" if self is ReportFrequency.BI_ANNUAL else " ").capitalize()


class TrainingKind(StrEnum):
    INDUCTION = "induction"
    CORPORATE_PARENTING_TRAINING = "corporate_parenting_training"
    OTHER = "other"
    INDUCTION_PACK = "induction_pack"  # a member induction pack issued to them


class TrainingStatus(StrEnum):
    INVITED = "invited"
    ATTENDED = "attended"
    ISSUED = "issued"  # a pack handed to them (kind induction_pack)
    APOLOGIES = "apologies"  # invited to a session, sent apologies
    ABSENT = "absent"  # invited to a session, did not come and sent no apologies


class AgendaSection(StrEnum):
    OPENING = "opening"
    STANDING = "standing"
    CLOSING = "closing"


class Purpose(StrEnum):
    DECISION = "decision"
    DISCUSSION = "discussion"
    INFORMATION = "information"


class PartnerKind(StrEnum):
    PARTNER_BOARD = "partner_board"
    SCRUTINY = "scrutiny"


class Confidentiality(StrEnum):
    PUBLIC = "public"
    RESTRICTED = "restricted"


class MeetingKind(StrEnum):
    BOARD = "board"
    YOUNG_PEOPLES_FORUM = "young_peoples_forum"
    DEVELOPMENT_SESSION = "development_session"

    @property
    def label(self) -> str:
        return {
            "board": "Board meeting",
            "young_peoples_forum": "Young people's forum",
            "development_session": "Development session",
        }[self.value]


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    REMOTE = "remote"  # joined online
    APOLOGIES = "apologies"
    ABSENT = "absent"  # absent without apologies
    SUBSTITUTE = "substitute"  # came in place of a member
    IN_ATTENDANCE = "in_attendance"  # officers and guests, not members

    @property
    def label(self) -> str:
        return {
            "present": "Present",
            "remote": "Present (remotely)",
            "apologies": "Apologies",
            "absent": "Absent",
            "substitute": "Substitute",
            "in_attendance": "In attendance",
        }[self.value]


class InterestKind(StrEnum):
    DISCLOSABLE_PECUNIARY = "disclosable_pecuniary"
    OTHER_REGISTRABLE = "other_registrable"
    NON_REGISTRABLE = "non_registrable"

    @property
    def label(self) -> str:
        return {
            "disclosable_pecuniary": "Disclosable pecuniary interest",
            "other_registrable": "Other registrable interest",
            "non_registrable": "Non-registrable interest",
        }[self.value]


class DeclarationAction(StrEnum):
    REMAINED = "remained"
    WITHDREW = "withdrew"
    DID_NOT_VOTE = "did_not_vote"

    @property
    def label(self) -> str:
        return {
            "remained": "Remained in the meeting",
            "withdrew": "Withdrew from the meeting",
            "did_not_vote": "Did not vote",
        }[self.value]


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    SIGNED = "signed"


class ResolutionKind(StrEnum):
    NOTED = "noted"
    ENDORSED = "endorsed"
    APPROVED = "approved"
    DEFERRED = "deferred"
    OTHER = "other"  # the CPO's own wording


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def closed(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.DROPPED)
