#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a seeded, realistic bundle of about SIZE megabytes for the benchmarks.

About 4 KB of text per article (so about 25 000 articles in 100 MB), one event for every five
articles, a demand for every fifty (at least twenty), parties with every role, and citations whose
quotes are sentences that really occur, once, in the article they cite. Some text is not ASCII
(Zürich, Çırağan, Türkiye, typographic quotes and dashes) and some needs JSON escapes. The same
seed and size always give the same file.

    tests/bench/gen-bundle.py SIZE_MB OUT.bundle.json [--seed N] [--articles N]
"""

import argparse
import datetime
import json
import random
import sys

PARTIES = [
    ("north", "Northern Federation", "NF", "party", "#1f5fa8"),
    ("south", "Southern Republic", "SR", "party", "#b3261e"),
    ("coast", "Coastal League", "CL", "party", "#2e7d32"),
    ("hills", "Highland Council", "HC", "party", "#6a1b9a"),
    ("tr", "Türkiye", "TR", "host", "#e30a17"),
    ("ch", "Switzerland", "CH", "mediator", "#c8102e"),
    ("qa", "Qatar", "QA", "mediator", "#8a1538"),
    ("un", "United Nations", "UN", "observer", "#5b92e5"),
]
FIGHTING = [p[0] for p in PARTIES if p[3] == "party"]
OTHERS = [p[0] for p in PARTIES if p[3] != "party"]

PUBLISHERS = ["Harbour Gazette", "Daily Ledger", "Continental Wire", "Evening Courier",
              "Briefing sample desk", "Le Journal du Lac", "Neue Zürcher Notizen", "İstanbul Gündem"]
LANGUAGES = ["en", "en", "en", "en", "de", "fr", "tr", "en-GB"]
CATEGORIES = ["ceasefire", "territory", "security", "humanitarian", "political", "economic", "prisoners"]
KINDS = ["talks", "exchange", "proposal", "statement", "military", "deadline", "other"]
STATUSES = ["agreed", "rejected", "discussed", "proposed", "pending"]
STANCES = ["accepts", "rejects", "conditional", "unknown"]
PLACES = ["Zürich", "Geneva", "the Çırağan Palace in Istanbul", "Doha", "Türkiye's capital",
          "Lausanne", "the lakeside hotel", "Montreux", "Vienna", "Oslo"]

SUBJECTS = ["The delegation", "A senior negotiator", "The mediator", "The foreign minister",
            "An adviser to the president", "The chief of staff", "A spokeswoman", "The envoy",
            "Observers from the United Nations", "The host government", "Military officials",
            "A member of the technical team", "The defence ministry", "Diplomats in Zürich"]
VERBS = ["said", "insisted", "warned", "confirmed", "denied", "suggested", "proposed", "argued",
         "acknowledged", "announced", "repeated", "hinted"]
CLAUSES = ["that the ceasefire deadline could slip by another week",
           "that the negotiation over prisoner lists had stalled",
           "that a memorandum on the exchange was nearly ready",
           "that the next round would take place in {place}",
           "that the humanitarian corridor should open before {month}",
           "that no agreement on the line of contact was in sight",
           "that both sides had accepted a technical working group",
           "that {n} prisoners would return home within days",
           "that the talks in {place} lasted less than {n} hours",
           "that the proposal on energy infrastructure was “a first step”",
           "that shelling near the river had resumed overnight",
           "that the guarantees demanded were “not negotiable”",
           "that the observers' report would be published on {month} {day}",
           "that sanctions relief was not on the table",
           "that the draft left the question of territory open",
           "that the delegations met without the press for {n} minutes",
           "that the \"road map\" circulated on Tuesday was a draft",
           "that a path C:\\talks\\drafts was cited in the leaked memo"]
TAILS = ["", "", "", ", according to two people familiar with the talks",
         ", though the other side disputed the account", " in a statement late on Friday",
         ", speaking on condition of anonymity", " after a long day of meetings",
         " — a claim that could not be verified independently"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def make_sentence(rng):
    clause = rng.choice(CLAUSES).format(place=rng.choice(PLACES), month=rng.choice(MONTHS),
                                        day=rng.randint(1, 28), n=rng.randint(2, 1200))
    return "%s %s %s%s." % (rng.choice(SUBJECTS), rng.choice(VERBS), clause, rng.choice(TAILS))


def make_article(rng, index, start_day, pool):
    paragraphs = []
    size = 0
    target = rng.randint(3300, 4100)
    # The first sentence names the article: it keeps every article's text apart.
    first = "Report %d from %s on day %d of the process." % (index, rng.choice(PLACES), start_day)
    sentences = [first]
    while size < target:
        para = [rng.choice(pool) for _ in range(rng.randint(3, 6))]
        if sentences:
            para = sentences + para
            sentences = []
        text = " ".join(para)
        paragraphs.append(text)
        size += len(text.encode()) + 2
    day = datetime.date(2019, 1, 1) + datetime.timedelta(days=start_day)
    article = {
        "id": "a-%06d" % index,
        "headline": "%s %s %s" % (rng.choice(SUBJECTS), rng.choice(VERBS),
                                   rng.choice(CLAUSES).format(place="Zürich", month="May", day=2,
                                                              n=7)[5:65].rstrip()),
        "publisher": rng.choice(PUBLISHERS),
        "url": "https://news.example.org/%d/%02d/report-%06d" % (day.year, day.month, index),
        "datePublished": "%sT%02d:%02d:00Z" % (day.isoformat(), rng.randint(0, 23), rng.randint(0, 59)),
        "inLanguage": rng.choice(LANGUAGES),
        "author": ["Desk %d" % rng.randint(1, 40)],
        "articleBody": paragraphs,
        "sourceGrade": rng.choice("ABCDEF"),
    }
    return article, day


def citation(rng, article):
    """A quote of one sentence of the article that occurs only once in its text."""
    text = "\n\n".join(article["articleBody"])
    for _ in range(20):
        para = rng.choice(article["articleBody"])
        sentences = [s for s in para.split(". ") if len(s) > 20]
        if not sentences:
            continue
        exact = rng.choice(sentences).rstrip(".")
        if text.count(exact) == 1:
            return {"source": article["id"],
                    "selector": [{"type": "TextQuoteSelector", "exact": exact}]}
    # The first sentence is unique by construction.
    exact = text.split(" of the process.")[0]
    return {"source": article["id"], "selector": [{"type": "TextQuoteSelector", "exact": exact}]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size_mb", type=float)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--articles", type=int, default=0,
                        help="this many articles instead of the size's share")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    pool = [make_sentence(rng) for _ in range(40000)]
    target = int(args.size_mb * 1000 * 1000)
    days = 7 * 365

    articles = []
    dates = []
    size = 0
    while (size < target * 0.975) if args.articles == 0 else (len(articles) < args.articles):
        article, day = make_article(rng, len(articles), rng.randint(0, days - 1), pool)
        articles.append(article)
        dates.append(day)
        size += len(json.dumps(article, ensure_ascii=False).encode()) + 2

    parties = []
    for pid, name, short, role, color in PARTIES:
        parties.append({
            "id": pid, "name": name, "shortName": short, "role": role, "color": color,
            "representatives": [{"name": "Envoy of %s" % name, "title": "Chief negotiator"},
                                {"name": "Deputy of %s" % name}],
            "reliabilityNotes": "Generated party for the benchmarks; its statements are invented.",
        })

    events = []
    n_events = max(10, len(articles) // 5)
    order = sorted(range(len(articles)), key=lambda i: dates[i])
    rounds = 0
    for e in range(n_events):
        a = articles[order[e * len(order) // n_events]]
        kind = rng.choice(KINDS)
        start = a["datePublished"][:10]
        event = {
            "id": "e-%05d" % e,
            "kind": kind,
            "title": "%s in %s" % (kind.capitalize(), rng.choice(PLACES)),
            "start": start,
            "description": rng.choice(pool),
            "participants": rng.sample(FIGHTING, 2),
            "citations": [citation(rng, a)],
        }
        if kind == "talks":
            rounds += 1
            event["round"] = rounds
            event["location"] = rng.choice(PLACES)
            event["mediators"] = [rng.choice(["ch", "qa"])]
            event["host"] = "tr"
            event["outcomes"] = [{"text": "Outcome %d of round %d" % (k + 1, rounds),
                                  "status": rng.choice(STATUSES),
                                  "citations": [citation(rng, a)]} for k in range(rng.randint(1, 3))]
        if rng.random() < 0.1:
            end = datetime.date.fromisoformat(start) + datetime.timedelta(days=rng.randint(1, 10))
            event["end"] = end.isoformat()
        events.append(event)

    demands = []
    n_demands = max(20, len(articles) // 50)
    for d in range(n_demands):
        party = rng.choice(FIGHTING)
        first = rng.randrange(n_events)
        a = articles[order[first * len(order) // n_events]]
        demand = {
            "id": "d-%05d" % d,
            "party": party,
            "text": "Demand %d: %s" % (d, rng.choice(CLAUSES).format(place="Geneva", month="June",
                                                                      day=1, n=100)),
            "category": rng.choice(CATEGORIES),
            "firstStated": "e-%05d" % first,
            "citations": [citation(rng, a)],
            "credibility": rng.randint(1, 6),
        }
        later = sorted(rng.sample(range(first, n_events), min(2, n_events - first)))
        if len(later) > 1:
            demand["reiterated"] = ["e-%05d" % i for i in later[1:]]
        responses = []
        for other in rng.sample([p for p in FIGHTING if p != party] + OTHERS[:1], 2):
            stance = rng.choice(STANCES)
            b = articles[rng.randrange(len(articles))]
            response = {"party": other, "event": "e-%05d" % rng.randrange(n_events), "stance": stance,
                        "note": "Response of %s" % other}
            if stance != "unknown":
                response["citations"] = [citation(rng, b)]
            responses.append(response)
        demand["responses"] = responses
        demands.append(demand)

    bundle = {
        "format": "briefing-bundle",
        "version": 1,
        "id": "bench-%gmb-seed%d" % (args.size_mb, args.seed),
        "title": "Benchmark bundle of %g MB (generated)" % args.size_mb,
        "description": "Generated for Briefing's benchmarks: invented talks between invented parties.",
        "language": "en",
        "created": "2026-01-01T00:00:00Z",
        "parties": parties,
        "articles": articles,
        "events": events,
        "demands": demands,
    }
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(bundle, f, ensure_ascii=False, separators=(",", ":"))
    print("%s: %d articles, %d events, %d demands" % (args.output, len(articles), len(events),
                                                      len(demands)), file=sys.stderr)


if __name__ == "__main__":
    main()
