#!/usr/bin/env python3
"""Print the typography figures of a PDF (issue 13): hyphenated lines, hyphens in a
row and at page feet, hyphen-fragment last lines, loose and tight lines, pages ending
short, widows, orphans, uneven spreads, from pdftotext -bbox-layout word boxes; then
how many of pdftotext's words pypdf extracts, and how many .notdef glyphs mutool draws.

usage: tools/pdf-figures.py PDF LEADING   (LEADING: baseline distance in pt, e.g. 14.3)
needs: poppler-utils (pdftotext), mupdf-tools (mutool), pypdf"""
import sys, re, subprocess, statistics as st, collections, json
import xml.etree.ElementTree as ET
import pypdf

def words_by_page(pdf):
    xml = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], capture_output=True, text=True).stdout
    xml = re.sub(r'<!DOCTYPE[^>]*>', '', xml).replace('xmlns="http://www.w3.org/1999/xhtml"', '')
    root = ET.fromstring(xml)
    pages = []
    for pg in root.iter('page'):
        ws = []
        for w in pg.iter('word'):
            ws.append(dict(x0=float(w.get('xMin')), x1=float(w.get('xMax')), y0=float(w.get('yMin')),
                           y1=float(w.get('yMax')), t=w.text or ''))
        pages.append((float(pg.get('width')), float(pg.get('height')), ws))
    return pages

def chapter_starts(pdf):
    r = pypdf.PdfReader(pdf)
    out = []
    def walk(ol):
        for o in ol:
            if isinstance(o, list): walk(o)
            else: out.append(r.get_destination_page_number(o))
    walk(r.outline)
    labels = r.page_labels
    return sorted(set(out)), labels

def analyze(pdf, leading):
    pages = words_by_page(pdf)
    starts, labels = chapter_starts(pdf)
    # body word height = mode
    hs = collections.Counter(round(w['y1'] - w['y0'], 1) for _, _, ws in pages for w in ws)
    body_h = hs.most_common(1)[0][0]
    res = dict(pdf=pdf, pages=len(pages), body_h=body_h)
    plines = []   # per page: list of lines (dict)
    anyword_ys = []
    textword_ys = []  # per page: baselines of rows with a letter or digit, any face or size
    for pi, (W, H, ws) in enumerate(pages):
        body = [w for w in ws if abs((w['y1'] - w['y0']) - body_h) <= 0.02 * body_h]
        other = [w for w in ws if abs((w['y1'] - w['y0']) - body_h) > 0.02 * body_h]
        anyword_ys.append(sorted(w['y1'] for w in ws))
        textword_ys.append(sorted(w['y1'] for w in ws if any(ch.isalnum() for ch in w['t'])))
        rows = collections.defaultdict(list)
        for w in body:
            rows[round(w['y1'], 0)].append(w)
        lines = []
        for y in sorted(rows):
            r = sorted(rows[y], key=lambda w: w['x0'])
            mixed = any(r[0]['y0'] < (o['y0'] + o['y1']) / 2 < r[0]['y1'] for o in other)
            lines.append(dict(y=y, x0=r[0]['x0'], x1=r[-1]['x1'], words=r, mixed=mixed,
                              text=' '.join(w['t'] for w in r)))
        plines.append(lines)
    # drop running heads / folios: lines of a single short token near bottom, or near top far above others
    # text block edges: use the most common x0 and the 90th-percentile x1 over multi-word lines
    edges = {}
    # A small book may have no six-word line on one side: fewer words will do there, and
    # failing that the other side's edges stand for it.
    for least in (6, 3):
        allx0 = collections.Counter()
        for pi, lines in enumerate(plines):
            for l in lines:
                if len(l['words']) >= least: allx0[(pi % 2, round(l['x0']))] += 1
        for par in (0, 1):
            cands = [(c, x) for (p, x), c in allx0.items() if p == par]
            if par in edges or not cands: continue
            L = max(cands)[1]
            x1s = sorted(l['x1'] for pi, lines in enumerate(plines) if pi % 2 == par for l in lines
                         if len(l['words']) >= least and abs(l['x0'] - L) < 30)
            R = x1s[int(0.9 * len(x1s))] if x1s else None
            if R is not None: edges[par] = (L, R)
    if not edges:
        sys.exit('pdf-figures: no line of three words or more to find the text block by')
    for par in (0, 1):
        if par not in edges:
            edges[par] = edges[1 - par]
    measure = edges[0][1] - edges[0][0]
    res['measure_pt'] = round(measure, 1)
    res['edges'] = {k: (round(a, 1), round(b, 1)) for k, (a, b) in edges.items()}
    # classify
    full_lines, last_lines, gaps_full, gaps_last = [], [], [], []
    hyph_runs, hyph_total, page_end_hyph, cur_run = [], 0, [], 0
    chars_full = []
    runts1, short15, frag = [], [], []
    all_body = []
    first_ch = starts[0] if starts else 0
    for pi, lines in enumerate(plines):
        if pi < first_ch: continue
        L, R = edges[pi % 2]
        # keep lines that lie in the text block (exclude centred heads/folios: they are not near L)
        body = [l for l in lines if (l['x0'] - L) > -4 and (l['x0'] - L) < 40 and len(l['words']) >= 1]
        # folio / head filtering: a line whose x0 is far from L (centred) is dropped above
        for li, l in enumerate(body):
            l['page'] = pi
            l['full'] = l['x1'] >= R - 2.5
            l['indent'] = (l['x0'] - L) > 3
            all_body.append(l)
    # paragraph structure: line is para-last if not full; first if indented or previous was para-last
    prev = None
    for l in all_body:
        l['first'] = l['indent'] or (prev is None) or (not prev['full']) or (prev['page'] != l['page'] and False)
        prev = l
    for i, l in enumerate(all_body):
        ws = l['words']
        g = [ws[k + 1]['x0'] - ws[k]['x1'] for k in range(len(ws) - 1)]
        if l['full'] and len(ws) > 1 and not l['mixed']:
            full_lines.append(l); gaps_full.append(st.mean(g)); l['gap'] = st.mean(g)
            chars_full.append(len(l['text']))
        elif not l['full'] and len(ws) > 2:
            gaps_last += g
        if not l['full']:
            last_lines.append(l)
            if len(ws) == 1: runts1.append(l)
            if len(ws) == 1 and i > 0 and all_body[i-1]['words'][-1]['t'].endswith(('-', '\u00ad')) and all_body[i-1]['full']:
                frag.append((labels[l['page']], all_body[i-1]['words'][-1]['t'].rstrip('-\u00ad') + '-' + ws[0]['t']))
            if (l['x1'] - l['x0']) < 0.15 * measure: short15.append(l)
        t = ws[-1]['t']
        hy = l['full'] and (t.endswith('-') or t.endswith('\u00ad') or t.endswith('\u2010'))
        l['hyph'] = hy
        if hy:
            hyph_total += 1; cur_run += 1
            nxt = all_body[i + 1] if i + 1 < len(all_body) else None
            if nxt is not None and nxt['page'] != l['page']:
                page_end_hyph.append((l['page'], t))
        else:
            if cur_run: hyph_runs.append(cur_run)
            cur_run = 0
    nat = st.median(gaps_last) if gaps_last else None
    res['natural_space_pt'] = round(nat, 2)
    r = sorted(g / nat for g in gaps_full)
    res['full_lines'] = len(full_lines)
    res['space_ratio_median'] = round(st.median(r), 2)
    res['space_ratio_p95'] = round(r[int(0.95 * len(r))], 2)
    res['space_ratio_max'] = round(r[-1], 2)
    res['space_ratio_min'] = round(r[0], 2)
    res['loose_gt1.5'] = sum(x > 1.5 for x in r)
    res['very_loose_gt2'] = sum(x > 2.0 for x in r)
    res['tight_lt0.8'] = sum(x < 0.8 for x in r)
    worst = sorted(full_lines, key=lambda l: -l['gap'])[:5]
    res['loosest'] = [(labels[l['page']], round(l['gap'] / nat, 2), l['text'][:60]) for l in worst]
    res['tightest'] = [(labels[l['page']], round(l['gap'] / nat, 2), l['text'][:60]) for l in sorted(full_lines, key=lambda l: l['gap'])[:3]]
    res['chars_per_full_line_mean'] = round(st.mean(chars_full), 1)
    res['hyphenated_lines'] = hyph_total
    res['hyphen_pct_of_full'] = round(100 * hyph_total / max(1, len(full_lines)), 1)
    res['hyphen_runs_2'] = sum(1 for x in hyph_runs if x == 2)
    res['hyphen_runs_3plus'] = sum(1 for x in hyph_runs if x >= 3)
    res['hyphen_across_page'] = [(labels[p], t, ('recto->verso (leaf turn)' if int(labels[p]) % 2 == 1 else 'verso->recto')) for p, t in page_end_hyph]
    res['para_last_lines'] = len(last_lines)
    res['last_line_one_word'] = [(labels[l['page']], l['text']) for l in runts1]
    res['last_line_lt15pct'] = len(short15)
    res['last_line_is_hyphen_fragment'] = frag
    # pages: ending short, widows, orphans
    lead = leading
    by_page = collections.defaultdict(list)
    for l in all_body: by_page[l['page']].append(l)
    bottoms = [ls[-1]['y'] for ls in by_page.values()]
    B = max(bottoms)
    chap_end_pages = set()
    body_pages = sorted(by_page)
    for s in starts:
        prevp = [p for p in body_pages if p < s]
        if prevp: chap_end_pages.add(prevp[-1])
    chap_end_pages.add(body_pages[-1])
    short_pages, widows, orphans, one_short = [], [], [], []
    for p in body_pages:
        ls = by_page[p]
        if p < (starts[0] if starts else 0): continue
        content = [y for y in anyword_ys[p] if y <= B + 0.6 * lead]
        short_by = (B - max(content)) / lead
        tag = labels[p] + ('(opener)' if p in starts else '')
        if p not in chap_end_pages and short_by > 1.5:
            short_pages.append((tag, round(short_by, 1)))
        if p not in chap_end_pages and 0.5 < short_by <= 1.5:
            one_short.append(tag)
        # widow: first line of page is a paragraph's last line, continued from previous page
        f = ls[0]
        if p not in starts and not f['indent'] and not f['full'] and p - 1 in by_page and by_page[p - 1][-1]['full']:
            widows.append((labels[p], f['text'][:40]))
        # orphan: last line on page is first line of a paragraph that continues
        la = ls[-1]
        if la['full'] and la['first'] and p not in chap_end_pages:
            orphans.append((labels[p], la['text'][:40]))
    res['bottom_baseline'] = B
    res['pages_ending_short(>1.5 lines, excl chapter ends)'] = short_pages
    res['pages_one_line_short'] = one_short
    res['text_pages(excl chapter ends)'] = len([p for p in body_pages if p not in chap_end_pages and p >= (starts[0] if starts else 0)])
    res['widows'] = widows
    res['orphans'] = orphans
    # facing-page balance (print): pairs (verso, recto) = (odd idx? ) use labels: even label verso, next odd recto
    unbalanced = []
    for p in body_pages:
        lab = labels[p]
        if lab.isdigit() and int(lab) % 2 == 0 and p + 1 in by_page:
            # A spread's foot is the last text on each page, in any face: a last line
            # set in a fallback face (CJK, say) has another word height than body lines.
            foot = lambda q: max(y for y in textword_ys[q] if y <= B + 0.6 * lead)
            a, b = foot(p), foot(p + 1)
            if abs(a - b) > 0.5 * lead and p not in chap_end_pages and p + 1 not in chap_end_pages:
                unbalanced.append((lab + '/' + labels[p + 1], round((a - b) / lead, 1)))
    res['unbalanced_spreads'] = unbalanced
    # river heuristic: gap centres aligned (±1.5pt) over >=3 consecutive full lines, gap >= 1.3x natural
    rivers = 0
    fl_by_page = collections.defaultdict(list)
    for l in full_lines: fl_by_page[l['page']].append(l)
    for p, ls in fl_by_page.items():
        cents = []
        for l in ls:
            ws = l['words']
            cents.append([(ws[k]['x1'] + ws[k + 1]['x0']) / 2 for k in range(len(ws) - 1)
                          if ws[k + 1]['x0'] - ws[k]['x1'] >= 1.3 * nat])
        for i in range(len(ls) - 2):
            if abs(ls[i + 2]['y'] - ls[i]['y']) > 2.5 * lead: continue
            for c in cents[i]:
                if any(abs(c - d) < 1.5 for d in cents[i + 1]) and any(abs(c - d) < 3 for d in cents[i + 2]):
                    rivers += 1
    res['river_chains_3lines'] = rivers
    return res



def text_layer(pdf):
    """pypdf's words against pdftotext's (as multisets), and .notdef glyphs drawn."""
    t1 = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'], capture_output=True, text=True).stdout
    t2 = '\n'.join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    c1, c2 = collections.Counter(t1.split()), collections.Counter(t2.split())
    common = sum((c1 & c2).values())
    total = sum(c1.values())
    trace = subprocess.run(['mutool', 'trace', pdf], capture_output=True, text=True, errors='replace').stdout
    notdef = trace.count('glyph=".notdef"') + trace.count('glyph="0"')
    return dict(words_pdftotext=total, words_pypdf=sum(c2.values()), words_common=common,
                pypdf_share_pct=round(100 * common / max(1, total), 1), notdef_glyphs=notdef)

if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    r = analyze(sys.argv[1], float(sys.argv[2]))
    r.update(text_layer(sys.argv[1]))
    for k, v in r.items():
        print(f'{k}: {v}')
