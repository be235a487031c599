"""Paraphrased answer sentences against the sample corpus: the case the BoolQ/QuAC claims do not cover.

The BoolQ/QuAC "supported" claims are copied sentences, so they say nothing
about answers that restate the source in other words, which is what a model
writes. These were written for the project against three policies of the
sample corpus: supported restatements, and restatements with one fact
changed. Context: the whole policy file.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files


@dataclass(frozen=True)
class Paraphrase:
    doc: str
    claim: str
    supported: bool


_EXPENSES = "expense-policy.md"
_LEAVE = "leave-and-vacation-policy.md"
_HEALTH = "health-insurance.md"

PARAPHRASES: tuple[Paraphrase, ...] = tuple(Paraphrase(d, c, s) for d, c, s in [
    (_EXPENSES, "You have 30 days after spending the money to submit the expense claim.", True),
    (_EXPENSES, "Claims that are more than 90 days old need the Finance Director's approval.", True),
    (_EXPENSES, "Expenses above €25 need an itemised receipt, and a photo from the Spendwise app is enough.", True),
    (_EXPENSES, "Claims approved after the 15th of the month are paid with the following month's payroll.", True),
    (_EXPENSES, "Your line manager can approve claims of up to €1,000.", True),
    (_EXPENSES, "Anything above €5,000 has to be approved by the CFO.", True),
    (_EXPENSES, "You are not allowed to approve your own expenses.", True),
    (_EXPENSES, "People who travel more than four times a year may apply for the Harbor Card.", True),
    (_EXPENSES, "The Harbor Card may not be used for private purchases.", True),
    (_EXPENSES, "Client entertainment is covered up to €75 per person, drinks and tips included.", True),
    (_EXPENSES, "Mileage in the Netherlands and Portugal is paid at €0.23 per kilometre.", True),
    (_EXPENSES, "Parking and speeding fines are not reimbursed.", True),
    (_EXPENSES, "The missing receipt declaration can be used at most three times a year.", True),
    (_EXPENSES, "Finance audits at least 5% of the claims every month.", True),
    (_LEAVE, "Full-time staff in Rotterdam get 26 vacation days a year.", True),
    (_LEAVE, "In Lisbon the yearly allowance is 25 days.", True),
    (_LEAVE, "After five years of service you receive one additional vacation day.", True),
    (_LEAVE, "Dutch employees receive holiday pay of 8% of their gross annual salary in May.", True),
    (_LEAVE, "Summer vacation requests should be in by 1 March.", True),
    (_LEAVE, "Up to 5 unused days can be carried over, and they expire on 1 April.", True),
    (_LEAVE, "If you are ill, tell your manager before 09:30 on the first day.", True),
    (_LEAVE, "Bereavement leave is 5 days when a partner, child or parent dies.", True),
    (_LEAVE, "You get one day off per year for moving house.", True),
    (_HEALTH, "Zilverlinde Zorg gives a 10% discount on supplementary insurance through the collective contract.", True),
    (_HEALTH, "The company pays €40 a month towards supplementary insurance in the Netherlands.", True),
    (_HEALTH, "The mandatory deductible in the Netherlands is not reimbursed.", True),
    (_HEALTH, "In Lisbon, outpatient consultations cost a €10 co-payment.", True),
    (_HEALTH, "The PPO 500 plan has an annual deductible of $500 for the employee.", True),
    (_EXPENSES, "You have 60 days after spending the money to submit the expense claim.", False),
    (_EXPENSES, "Your line manager can approve claims of up to €5,000.", False),
    (_EXPENSES, "You are allowed to approve your own expenses.", False),
    (_EXPENSES, "Client entertainment is covered up to €150 per person, drinks and tips included.", False),
    (_EXPENSES, "The Harbor Card can be used for private purchases.", False),
    (_EXPENSES, "Expense claims are submitted in Concur through the intranet.", False),
    (_EXPENSES, "Business class upgrades are reimbursed on flights longer than six hours.", False),
    (_LEAVE, "Full-time staff in Rotterdam get 30 vacation days a year.", False),
    (_LEAVE, "Up to 10 unused days can be carried over, and they expire on 1 April.", False),
    (_LEAVE, "If you are ill, tell your manager before 11:00 on the first day.", False),
    (_LEAVE, "Bereavement leave is 10 days when a partner, child or parent dies.", False),
    (_LEAVE, "Employees may work from abroad for up to four weeks a year.", False),
    (_HEALTH, "The company pays €80 a month towards supplementary insurance in the Netherlands.", False),
    (_HEALTH, "In Lisbon, the group medical plan is provided by Bluebonnet Health.", False),
    (_HEALTH, "The mandatory deductible in the Netherlands is fully reimbursed.", False),
    (_HEALTH, "The company offers free gym memberships to employees in Austin.", False),
])


def corpus_text(name: str) -> str:
    return files("assistant").joinpath("sample_corpus", name).read_text(encoding="utf-8")
