#!/usr/bin/env python3
"""Write the typography test anthology: twelve original short stories and a book.toml.

usage: tools/make-anthology.py OUTDIR

The stories are made from sentences written for Quire's tests (nothing copied from real
works), drawn with a fixed-seed PRNG so the same files come out every time. They are
prose-like on purpose: dialogue with curly quotes, em dashes, names and places (which
must not be hyphenated), long words (which may be), emphasis, scene breaks, no-break
spaces between a number and its unit, and a few words of French and German. The
figures tests/typography.rs asserts are measured on this book in both PDF profiles.
"""
import os
import random
import sys

NAMES = ["Marguerite", "Tobias", "Annelise", "Corwin", "Philippa", "Desmond", "Rosalind",
         "Benedikt", "Evangeline", "Lachlan", "Wilhelmina", "Ignatius", "Henrietta",
         "Bartholomew", "Seraphina", "Fitzgerald"]
PLACES = ["Ashcombe", "Kingsbridge", "Marlowe Street", "the Pellingham estate", "Saint-Véran",
          "Hollowmere", "the Castellane road", "Wrexford Abbey", "Dunmorrow", "Elderbrook"]
OBJECTS = ["the lantern", "a battered notebook", "the silver compass", "an unopened letter",
           "the pocket watch", "a basket of apples", "the harbour map", "a porcelain cup",
           "the telescope", "an umbrella with a broken rib", "the accordion", "a bundle of keys"]
ADJ = ["old", "new", "good", "late", "long", "warm", "wet", "dark", "loud", "fine", "bad",
       "odd", "quiet", "grey", "strange", "small", "cold", "bright", "awkward", "gentle", "dull",
       "sudden", "careful", "tired", "plain", "kind", "restless", "honest", "bitter", "simple",
       "extraordinary", "uncomfortable", "magnificent", "inconvenient", "particular",
       "unremarkable", "considerable", "apprehensive", "affectionate", "inexplicable",
       "disappointing", "indispensable", "melancholy", "unreasonable", "respectable"]
ADV = ["slowly", "gently", "sadly", "firmly", "lightly", "shyly", "drily", "fondly", "plainly",
       "slowly", "softly", "at once", "quietly", "gravely", "briskly", "kindly", "calmly",
       "deliberately", "unexpectedly", "reluctantly", "immediately", "thoughtfully",
       "absentmindedly", "affectionately", "unmistakably", "considerably", "apologetically"]
NOUNS = ["talk", "deal", "joke", "game", "story", "fight", "truth", "trip", "lesson", "song",
         "dinner", "message", "offer", "choice", "problem", "rumour", "habit", "favour",
         "talk", "plan", "quarrel", "visit", "bargain", "letter", "promise", "secret", "walk",
         "supper", "matter", "business", "question", "answer", "journey", "meeting",
         "conversation", "circumstances", "arrangement", "disappointment", "opportunity",
         "recollection", "understanding", "neighbourhood", "correspondence", "temperature",
         "imagination", "consideration", "expectation", "photograph", "instructions"]
VERBS = ["forgot", "liked", "loved", "read", "told", "took", "made", "got", "lost", "won",
         "forgot", "missed", "heard", "knew", "saw", "found", "kept", "mended", "noticed",
         "remembered", "considered", "understood", "interrupted", "discovered",
         "recognised", "complained", "disappeared", "hesitated", "apologised"]

NARRATION = [
    "{N} {adv} set {O} on the kitchen table and looked out at the rain over {P}.",
    "It was an {adj} morning, and {N} had already {v} three things that could not wait.",
    "The {noun} with {M} had gone on far longer than either of them intended, and neither was willing to be the first to stand up.",
    "Nobody in {P} {v} the {noun} the same way twice, which was, {N} thought, the whole difficulty.",
    "{N} turned {O} over in both hands, as though the answer might be written on the underside in very small letters.",
    "By the time the bells of {P} rang eleven, the {noun} had become {adj}, and the tea had gone cold in its pot.",
    "There was a particular kind of silence that settled over {P} in November, heavy and damp and faintly disapproving.",
    "{M} {adv} folded the {noun} into quarters and slipped it into the pocket of a coat that had seen better winters.",
    "The road out of {P} climbed for nearly 4\u00a0km before it reached the ridge, and {N} walked every step of it without complaint.",
    "Afterwards, {N} could never quite explain why {O} had seemed so important, only that it had, and that the feeling had not faded.",
    "The shopkeepers of {P} had opinions about everything, from the price of flour to the {noun} at the town hall, and they shared them freely.",
    "{N} counted the money twice: 27\u00a0francs and a handful of copper, which would have to last until the end of the month.",
    "Somewhere below, a door banged, a dog barked, and the whole house seemed to hold its breath for a moment before carrying on.",
    "It would have been easier, {N} reflected, to leave {O} where it was and pretend the {noun} had never taken place.",
    "The letter from {M} arrived on a Tuesday, written in green ink on paper so thin that the words showed through from the other side.",
    "{N} had a habit of talking to the furniture when nobody else was listening, and the furniture, to its credit, never argued back.",
    "A cart loaded with barrels rattled past on the cobbles, and the driver touched his cap to {N} without slowing down.",
    "For a long while {N} simply sat there, watching the light move across the floorboards and thinking about nothing in particular.",
    "The garden behind the house had been {adj} once, before the brambles and the bindweed had made their own arrangements.",
    "At the edge of {P} the river widened into a shallow pool where the children of the village learned to swim, or at least to splash.",
    "{M} had been the one to suggest the journey, which made the {noun} that followed all the more {adj}.",
    "In the end it was the smell of bread from the bakery on the corner that brought {N} back to the present.",
    "Every Sunday the choir practised a hymn that none of them could sing, and every Sunday the vicar pretended not to notice.",
    "{N} had read the {noun} seventeen times and still could not decide whether it was an apology or an accusation.",
    "The clock on the mantelpiece was eleven minutes slow, as it had been for as long as anyone in the family could remember.",
    "The notice on the church door read *Closed until further notice*, which was {adj} in a place that had never closed before.",
    "She had learned, over the years, that a well-timed cup of tea could settle almost any {noun}, and most of the others could wait.",
    "The train from {P} was late again\u2014forty minutes this time\u2014and the platform filled slowly with people pretending not to mind.",
]
DIALOGUE = [
    "\u201cYou {v} the {noun}, didn\u2019t you?\u201d {M} asked. \u201cI could see it in your face the moment you walked in.\u201d",
    "\u201cIt is {adj},\u201d said {N}, \u201cbut I suppose it cannot be helped.\u201d",
    "\u201cWhere did you find {O}?\u201d \u201cIn the attic at {P}, under a pile of {nouns} nobody has read in forty years.\u201d",
    "\u201cI am not asking for a miracle,\u201d {N} said quietly. \u201cI am asking you to be *reasonable*, just this once.\u201d",
    "\u201cThat,\u201d said {M}, \u201cis the most {adj} thing I have heard all week, and it is only Wednesday.\u201d",
    "\u201cWe could go back to {P},\u201d {N} suggested. \u201cNobody would expect us there.\u201d \u201cNobody would expect us anywhere,\u201d {M} replied.",
    "\u201cDo you remember the {noun}?\u201d \u201cI remember all of it,\u201d said {M}, {adv}. \u201cThat is rather the problem.\u201d",
    "\u201cMerci,\u201d said {N}, because it was the only French word that seemed to fit, and the woman at the counter smiled as if she understood.",
    "\u201cWunderbar,\u201d muttered {M}, which was what Onkel Friedrich always said when something had gone entirely wrong.",
    "\u201cHave you eaten?\u201d {M} asked, and {N} shook their head, and that was the end of the {noun} for the evening.",
]
TITLES = ["The Lantern at Ashcombe", "A Letter in Green Ink", "Eleven Minutes Slow", "The Harbour Map",
          "Bindweed", "The Choir That Could Not Sing", "A Basket of Apples", "Castellane Road",
          "Seventeen Readings", "The Broken Umbrella", "Winter at Hollowmere", "The Last Train from Dunmorrow"]
AUTHORS = ["Ottilie Brandwood", "Mercer Vale", "Juniper Ashgrove", "Casimir Penhallow",
           "Isadora Fenwick", "Rowan Tisdale"]


def fill(t, rng):
    n, m = rng.sample(NAMES, 2)
    plural = rng.choice(NOUNS)
    plural = plural[:-1] + "ies" if plural.endswith("y") else plural + "s"
    return t.format(N=n, M=m, P=rng.choice(PLACES), O=rng.choice(OBJECTS), adj=rng.choice(ADJ),
                    adv=rng.choice(ADV), noun=rng.choice(NOUNS), nouns=plural, v=rng.choice(VERBS))


def paragraph(rng):
    if rng.random() < 0.3:
        return fill(rng.choice(DIALOGUE), rng)
    k = rng.choice([1, 2, 3, 3, 4, 5])
    s = " ".join(fill(rng.choice(NARRATION), rng) for _ in range(k))
    return s[0].upper() + s[1:]


def story(i, rng):
    out = [TITLES[i], ""]
    words = 0
    target = rng.randint(900, 1500)
    while words < target:
        p = paragraph(rng)
        out += [p, ""]
        words += len(p.split())
        if rng.random() < 0.04 and words < target - 200:
            out += ["* * *", ""]
    return "\n".join(out)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(13)
    toml = ["# Twelve original stories made by tools/make-anthology.py (written for Quire's tests).",
            "", "[book]", 'title = "Eleven Minutes Slow"', 'subtitle = "Twelve Stories for Measuring Type"',
            'authors = ["The Quire Test Desk"]', 'language = "en-GB"', 'date = "2026-11-26"',
            'publisher = "Quire Test Press"', 'rights = "Written for Quire\'s test suite; free to reuse."', ""]
    for i in range(len(TITLES)):
        name = f"story_{i + 1:02}.txt"
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(story(i, rng) + "\n")
        toml += ["[[chapters]]", f'file = "{name}"', f'author = "{AUTHORS[i % len(AUTHORS)]}"', ""]
    toml += ["[pdf]", 'profile = "screen"', 'trim = "a5"']
    with open(os.path.join(outdir, "book.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(toml) + "\n")


if __name__ == "__main__":
    main()
