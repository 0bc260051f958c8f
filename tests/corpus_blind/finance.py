"""Internally consistent multi-year financials in integer 'ticks' of the printed unit."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass


@dataclass
class Year:
    fy: int
    end: dt.date
    rev: int
    cogs: int
    selling: int
    admin: int
    rnd: int
    other_inc: int
    fin_cost: int
    tax: int
    cash: int
    recv: int
    inv: int
    other_ca: int
    ppe: int
    intang: int
    pay: int
    st_debt: int
    accr: int
    lt_debt: int
    share_cap: int
    premium: int
    dep: int
    capex: int
    cash_begin: int
    bs_error: int = 0  # added to retained earnings (and equity) when the sheet must not balance

    # income statement
    @property
    def gross(self) -> int:
        return self.rev - self.cogs

    @property
    def op(self) -> int:
        return self.gross - self.selling - self.admin - self.rnd + self.other_inc

    @property
    def pbt(self) -> int:
        return self.op - self.fin_cost

    @property
    def ni(self) -> int:
        return self.pbt - self.tax

    # balance sheet
    @property
    def ca(self) -> int:
        return self.cash + self.recv + self.inv + self.other_ca

    @property
    def nca(self) -> int:
        return self.ppe + self.intang

    @property
    def ta(self) -> int:
        return self.ca + self.nca

    @property
    def cl(self) -> int:
        return self.pay + self.st_debt + self.accr

    @property
    def tl(self) -> int:
        return self.cl + self.lt_debt

    @property
    def retained(self) -> int:
        return self.ta - self.tl - self.share_cap - self.premium + self.bs_error

    @property
    def te(self) -> int:
        return self.share_cap + self.premium + self.retained

    # cash flow
    @property
    def net_change(self) -> int:
        return self.cash - self.cash_begin

    @property
    def ocf(self) -> int:
        return self.ni + self.dep + self.wc

    @property
    def wc(self) -> int:
        return -round(0.08 * self.rev * (1 if self.fy % 2 else 0.5)) // 1

    @property
    def icf(self) -> int:
        return -self.capex

    @property
    def fcf(self) -> int:
        return self.net_change - self.ocf - self.icf


def make_years(
    rng: random.Random,
    *,
    n: int,
    last_fy: int,
    fye: tuple[int, int],
    tick: float,
    revenue: float,
    startup: bool,
) -> list[Year]:
    """Oldest first. `revenue` is the latest year's revenue in full units.

    Ratios are drawn once per company and jittered per year, so years look like one business.
    """

    def r(lo: float, hi: float) -> float:
        return rng.uniform(lo, hi)

    def j(x: float) -> float:
        return x * rng.uniform(0.9, 1.1)

    years: list[Year] = []
    growth = r(1.1, 1.9) if startup else r(1.02, 1.25)
    gm, margin = r(0.3, 0.7), (r(-0.35, 0.05) if startup else r(0.02, 0.14))
    sell_share, rnd_share = r(0.25, 0.4), r(0.05, 0.25)
    at, lev = r(0.6, 1.3), r(0.3, 0.65)
    mix = [r(0.1, 0.3), r(0.1, 0.2), r(0.03, 0.15), r(0.01, 0.05), r(0.02, 0.1)]
    rev_t = revenue / growth ** (n - 1)
    cash_prev: int | None = None
    share_cap: int | None = None
    for i in range(n):
        fy = last_fy - (n - 1) + i
        rev = _t(rev_t, tick)
        cogs = round(rev * (1 - j(gm)))
        opex = rev - cogs - round(rev * (margin + r(-0.03, 0.03)))
        selling, rnd = round(opex * j(sell_share)), round(opex * j(rnd_share))
        other_inc = round(rev * r(0.0, 0.02))
        admin = opex - selling - rnd + other_inc
        fin_cost = round(rev * r(0.002, 0.02)) + 1
        pbt = rev - cogs - selling - admin - rnd + other_inc - fin_cost
        tax = round(pbt * r(0.19, 0.25)) if pbt > 0 else 0
        ta = round(rev * j(at))
        cash, recv, inv, other_ca, intang = (max(1, round(ta * j(m))) for m in mix)
        ppe = ta - cash - recv - inv - other_ca - intang
        tl = round(ta * j(lev))
        pay, st_debt, accr = (
            round(tl * r(0.3, 0.45)),
            round(tl * r(0.05, 0.2)),
            round(tl * r(0.1, 0.2)),
        )
        equity = ta - tl
        share_cap = share_cap or max(1, round(equity * r(0.01, 0.1)))
        premium = round(equity * (r(1.05, 1.6) if margin < 0 else r(0.3, 0.9)))
        if cash_prev is None:
            cash_prev = round(cash * r(0.6, 1.3))
        years.append(
            Year(
                fy, dt.date(fy, *fye), rev, cogs, selling, admin, rnd, other_inc, fin_cost, tax,
                cash, recv, inv, other_ca, ppe, intang, pay, st_debt, accr,
                tl - pay - st_debt - accr, share_cap, premium, round(ppe * r(0.08, 0.15)),
                round(ppe * r(0.1, 0.3)) + 1, cash_prev,
            )
        )  # fmt: skip
        cash_prev = cash
        rev_t *= growth * r(0.95, 1.05)
    return years


def _t(full: float, tick: float) -> int:
    return max(1, round(full / tick))


FYE = [(12, 31), (12, 31), (12, 31), (6, 30), (3, 31), (9, 30)]


def last_closed_fy(doc_date: dt.date, fye: tuple[int, int], lag_days: int = 90) -> int:
    """The latest financial year (named by the year it ends in) closed `lag_days` before."""
    fy = doc_date.year
    while dt.date(fy, *fye) > doc_date - dt.timedelta(days=lag_days):
        fy -= 1
    return fy
