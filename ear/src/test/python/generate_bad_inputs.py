#!/usr/bin/env python3
"""Generates the bad-input corpus of BadInputIT (issue 6) into ear/src/test/resources/bad-inputs/.

Each case is a request body file under bodies/ (or none, for query-string cases) and one line of index.tsv:
id, method, path, user, content type, body file, headers, expected status class or code, and the text the
answer must name (the field, the column or the line). The generated files are committed; run this again only to
change the corpus:  python3 ear/src/test/python/generate_bad_inputs.py
"""
import io
import json
import os
import zipfile

ROOT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'bad-inputs')
BODIES = os.path.join(ROOT, 'bodies')
KOFU, UNIV, CHUO, UNKNOWN = '1910114451', '1912110952', '1910112398', '0110113719'
LUNSUMIO, TOCI400 = '4291476A1028', '6399421A3022'
cases = []


def add(cid, method, path, user, expect, mention, body=None, ctype='application/json', headers=''):
    fname = '-'
    if body is not None:
        ext = {'application/json': 'json', 'text/csv': 'csv',
               'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx'}.get(ctype, 'bin')
        fname = cid + '.' + ext
        data = body if isinstance(body, bytes) else body.encode('utf-8')
        with open(os.path.join(BODIES, fname), 'wb') as f:
            f.write(data)
    cases.append((cid, method, path, user, ctype if body is not None else '-', fname, headers or '-', str(expect),
                  mention))


MALFORMED = {
    'empty': '', 'truncated': '{"facilityCode": "1910114451", "product": ', 'trailing-comma': '{"a": 1,}',
    'single-quotes': "{'facilityCode': '1910114451'}", 'nan': '{"quantity": NaN}', 'bare-word': 'shipment',
    'xml': '<shipment><quantity>1</quantity></shipment>', 'unclosed-string': '{"facilityCode": "19101',
    'control-char': '{"facilityCode": "19101\u000114451"}', 'comment': '{/* c */ "quantity": 1}',
    'double-brace': '{{}}', 'just-colon': ':', 'binary': '\u0000\u0001\u0002\u00ff',
}


def malformed(prefix, method, path, user, headers=''):
    for name, text in MALFORMED.items():
        add(prefix + '-malformed-' + name, method, path, user, '4xx', 'body', text, headers=headers)
    add(prefix + '-not-an-object-array', method, path, user, '4xx', 'body', '[1, 2, 3]', headers=headers)
    add(prefix + '-not-an-object-null', method, path, user, '4xx', 'body', 'null', headers=headers)


# --- shipments (distributor) --------------------------------------------------------------------------------------
SHIP = 'api/v1/shipments'


def ship(cid, body, expect, mention, key=True):
    add('ship-' + cid, 'POST', SHIP, 'dist1', expect, mention, json.dumps(body, ensure_ascii=False),
        headers='Idempotency-Key: bad-' + cid if key else '')


good = {'facilityCode': KOFU, 'product': LUNSUMIO, 'quantity': 1, 'orderReference': 'PO-BAD'}
malformed('ship', 'POST', SHIP, 'dist1', 'Idempotency-Key: bad-malformed')
for field in ['facilityCode', 'product', 'quantity']:
    b = dict(good); del b[field]; ship('missing-' + field, b, 400, field)
    b = dict(good); b[field] = None; ship('null-' + field, b, 400, field)
for name, q in {'zero': 0, 'negative': -1, 'huge': 2147483647, 'too-big-int': 10 ** 12, 'fraction': 1.5,
                'string': 'ten', 'boolean': True, 'object': {'n': 1}, 'array': [1]}.items():
    b = dict(good); b['quantity'] = q; ship('quantity-' + name, b, '4xx', 'quantity')
for name, code in {'nine-digits': '191011445', 'eleven-digits': '19101144511', 'check-digit': '1910114452',
                   'letters': '19101X4451', 'blank': '   ', 'full-width-nine-digits': '１９１０１１４４５',
                   'oversized': '1' * 5000, 'prefecture-00': '0010114451', 'dental': '1930114451'}.items():
    b = dict(good); b['facilityCode'] = code; ship('facility-' + name, b, '4xx', 'facilityCode' if name == 'blank' else 'code')
b = dict(good); b['facilityCode'] = UNKNOWN; ship('facility-unknown', b, 404, 'code')
for name, yj in {'check-digit': '4291476A1029', 'short': '4291476A102', 'lowercase-garbage': 'lunsumio',
                 'oversized': 'A' * 3000, 'blank': ''}.items():
    b = dict(good); b['product'] = yj; ship('product-' + name, b, '4xx', 'product')
b = dict(good); b['product'] = TOCI400; ship('product-not-gated', b, 404, 'product')
for field, n in {'orderReference': 101}.items():
    b = dict(good); b[field] = 'あ' * n; ship('oversized-' + field, b, 400, field)
ship('no-idempotency-key', good, 400, 'Idempotency-Key', key=False)
add('ship-oversized-idempotency-key', 'POST', SHIP, 'dist1', 400, 'Idempotency-Key', json.dumps(good),
    headers='Idempotency-Key: ' + 'k' * 300)
add('ship-wrong-content-type', 'POST', SHIP, 'dist1', 415, '415', 'facilityCode=1910114451',
    ctype='application/x-www-form-urlencoded', headers='Idempotency-Key: bad-ctype')

# --- stock movements (facility administrator of Kofu) -------------------------------------------------------------
MOVE = 'api/v1/facilities/%s/stock/movements' % KOFU
mgood = {'yjCode': TOCI400, 'lotNumber': 'BAD-LOT-1', 'expiryDate': '2030-12-31', 'type': 'RECEIVED', 'vials': 1}


def move(cid, body, expect, mention):
    add('stock-' + cid, 'POST', MOVE, 'fadmin1', expect, mention, json.dumps(body, ensure_ascii=False))


malformed('stock', 'POST', MOVE, 'fadmin1')
for field in ['yjCode', 'lotNumber', 'type', 'vials']:
    b = dict(mgood); del b[field]; move('missing-' + field, b, 400, field)
b = dict(mgood); del b['expiryDate']; move('missing-expiryDate-new-lot', b, 400, 'expiryDate')
for name, v in {'zero': 0, 'negative': -3, 'huge': 10 ** 9, 'string': 'two', 'fraction': 0.5}.items():
    b = dict(mgood); b['vials'] = v; move('vials-' + name, b, '4xx', 'vials')
for name, d in {'month-13': '2030-13-01', 'feb-30': '2030-02-30', 'word': 'next year', 'japanese': '令和12年12月31日',
                'year-0': '0000-01-01', 'year-99999': '99999-01-01', 'slashes': '2030/12/31', 'past': '1999-01-01',
                'far-future': '2200-01-01'}.items():
    b = dict(mgood); b['expiryDate'] = d; move('expiry-' + name, b, 400, 'expiryDate')
for name, t in {'unknown': 'STOLEN', 'lowercase': 'received', 'blank': ''}.items():
    b = dict(mgood); b['type'] = t; move('type-' + name, b, 400, 'type')
for name, yj in {'not-tocilizumab': LUNSUMIO, 'check-digit': '6399421A3023', 'garbage': 'toci'}.items():
    b = dict(mgood); b['yjCode'] = yj; move('yj-' + name, b, '4xx', 'yjCode')
b = dict(mgood); b['lotNumber'] = 'L' * 200; move('lot-oversized', b, 400, 'lotNumber')
b = dict(mgood); b['note'] = 'n' * 2000; move('note-oversized', b, 400, 'note')
b = {'yjCode': TOCI400, 'lotNumber': 'DEMO-200-K', 'type': 'USED', 'vials': 99}
move('used-more-than-on-hand', dict(b, yjCode='6399421A1020'), '4xx', 'vials')
move('unknown-lot-used', {'yjCode': TOCI400, 'lotNumber': 'NO-SUCH-LOT', 'type': 'USED', 'vials': 1}, '4xx',
     'lotNumber')
add('stock-other-facility', 'POST', 'api/v1/facilities/%s/stock/movements' % UNIV, 'fadmin1', 403, 'code',
    json.dumps(mgood))

# --- briefings (MR assigned to the three demo facilities) ---------------------------------------------------------
BRF = 'api/v1/facilities/%s/briefings' % CHUO
bgood = {'product': LUNSUMIO, 'mrName': 'デモ MR', 'briefedOn': '2025-11-01', 'mode': 'IN_PERSON',
         'attendees': {'PHYSICIAN': 1, 'PHARMACIST': 1, 'NURSE': 1},
         'materials': ['PACKAGE_INSERT'], 'requests': []}


def brf(cid, body, expect, mention):
    add('briefing-' + cid, 'POST', BRF, 'mr1', expect, mention, json.dumps(body, ensure_ascii=False))


malformed('briefing', 'POST', BRF, 'mr1')
for field in ['product', 'briefedOn', 'mode']:
    b = dict(bgood); del b[field]; brf('missing-' + field, b, 400, field)
for name, d in {'future': '2099-01-01', 'month-13': '2025-13-01', 'ancient': '1800-01-01', 'word': 'today',
                'feb-29-not-leap': '2025-02-29'}.items():
    b = dict(bgood); b['briefedOn'] = d; brf('date-' + name, b, 400, 'briefedOn')
for name, m in {'unknown': 'TELEPATHY', 'lowercase': 'in_person'}.items():
    b = dict(bgood); b['mode'] = m; brf('mode-' + name, b, 400, 'mode')
b = dict(bgood); b['attendees'] = {'PHYSICIAN': -1}; brf('attendees-negative', b, 400, 'attendees')
b = dict(bgood); b['attendees'] = {'ASTRONAUT': 1}; brf('attendees-unknown-role', b, 400, 'attendees')
b = dict(bgood); b['attendees'] = {'PHYSICIAN': 'two'}; brf('attendees-string', b, '4xx', 'body')
b = dict(bgood); b['materials'] = ['NOVEL']; brf('materials-unknown', b, 400, 'materials')
b = dict(bgood); b['requests'] = ['WHATEVER']; brf('requests-unknown', b, 400, 'requests')
b = dict(bgood); b['materials'] = 'PACKAGE_INSERT'; brf('materials-not-a-list', b, '4xx', 'body')
b = dict(bgood); b['visitRestriction'] = 'v' * 2000; brf('restriction-oversized', b, 400, 'visitRestriction')
b = dict(bgood); b['product'] = '4291476A1029'; brf('product-check-digit', b, 400, 'product')
add('briefing-unassigned-facility', 'POST', 'api/v1/facilities/%s/briefings' % UNKNOWN, 'mr1', '4xx', 'code',
    json.dumps(bgood, ensure_ascii=False))

# --- users (system administrator) ---------------------------------------------------------------------------------
USERS = 'api/v1/users'
ugood = {'username': 'bad-user-x', 'displayName': 'x', 'password': 'long-enough-password', 'roles': ['MR']}


def usr(cid, body, expect, mention):
    add('user-' + cid, 'POST', USERS, 'admin1', expect, mention, json.dumps(body, ensure_ascii=False))


malformed('user', 'POST', USERS, 'admin1')
for name, u in {'short': 'ab', 'space': 'a b c', 'japanese': 'ユーザー', 'oversized': 'u' * 101, 'slash': 'a/b/c'}.items():
    b = dict(ugood); b['username'] = u; usr('username-' + name, b, 400, 'username')
b = dict(ugood); b['password'] = 'short'; usr('password-short', b, 400, 'password')
b = dict(ugood); del b['password']; usr('password-missing', b, 400, 'password')
b = dict(ugood); b['roles'] = ['KING']; usr('role-unknown', b, 400, 'roles')
b = dict(ugood); b['roles'] = []; usr('roles-empty', b, 400, 'roles')
b = dict(ugood); b['roles'] = ['FACILITY_ADMIN']; usr('facility-admin-without-facility', b, 400, 'facilityCode')
b = dict(ugood); b['roles'] = ['FACILITY_ADMIN']; b['facilityCode'] = '1910114452'
usr('facility-admin-bad-code', b, 400, 'code')
b = dict(ugood); b['username'] = 'mr1'; usr('duplicate', b, 409, 'username')
add('user-assign-unknown-user', 'POST', 'api/v1/users/nobody-here/assignments/' + KOFU, 'admin1', 400, 'username')
add('user-assign-bad-code', 'POST', 'api/v1/users/mr1/assignments/19101144', 'admin1', 400, 'code')

# --- webhooks and e-mail ------------------------------------------------------------------------------------------
malformed('webhook', 'POST', 'api/v1/webhooks', 'dist1')
for name, (url, secret, field) in {
        'ftp': ('ftp://example.jp/x', None, 'url'), 'relative': ('/hook', None, 'url'),
        'no-host': ('https:///x', None, 'url'), 'spaces': ('https://exa mple.jp/', None, 'url'),
        'userinfo': ('https://user:pw@example.jp/', None, 'url'), 'javascript': ('javascript:alert(1)', None, 'url'),
        'oversized': ('https://example.jp/' + 'a' * 600, None, 'url'), 'missing': (None, None, 'url'),
        'secret-short': ('https://example.jp/h', 'short', 'secret'),
        'secret-long': ('https://example.jp/h', 's' * 201, 'secret')}.items():
    add('webhook-' + name, 'POST', 'api/v1/webhooks', 'dist1', 400, field,
        json.dumps({'url': url, 'secret': secret}))
for name, e in {'no-at': 'mr1.example.jp', 'two-at': 'a@b@c.jp', 'space': 'a b@c.jp', 'no-dot': 'a@localhost',
                'oversized': 'a' * 250 + '@example.jp'}.items():
    add('email-' + name, 'PUT', 'api/v1/me/email', 'mr1', 400, 'email', json.dumps({'email': e}))

# --- query strings ------------------------------------------------------------------------------------------------
ELIG = 'api/v1/facilities/%s/eligibility?product=%s'
for name, (code, product, at, field) in {
        'code-short': ('191011445', LUNSUMIO, None, 'code'), 'code-check': ('1910114452', LUNSUMIO, None, 'code'),
        'code-letters': ('ABCDEFGHIJ', LUNSUMIO, None, 'code'), 'code-unknown': (UNKNOWN, LUNSUMIO, None, 'code'),
        'product-missing': (KOFU, '', None, 'product'), 'product-check': (KOFU, '4291476A1029', None, 'product'),
        'product-unknown': (KOFU, '6399421A2026', None, 'product'), 'at-word': (KOFU, LUNSUMIO, 'yesterday', 'at'),
        'at-month-13': (KOFU, LUNSUMIO, '2025-13-01', 'at'), 'at-feb-30': (KOFU, LUNSUMIO, '2025-02-30', 'at'),
        'at-year-0': (KOFU, LUNSUMIO, '0000-01-01T00:00:00Z', 'at'),
        'at-year-huge': (KOFU, LUNSUMIO, '+999999999-01-01T00:00:00Z', 'at'),
        'at-hour-25': (KOFU, LUNSUMIO, '2025-01-01T25:00:00', 'at'),
        'at-oversized': (KOFU, LUNSUMIO, '2' * 3000, 'at')}.items():
    path = ELIG % (code, product) + ('' if at is None else '&at=' + at.replace('+', '%2B'))
    add('eligibility-' + name, 'GET', path, 'dist1', 404 if 'unknown' in name else 400, field)
for name, (q, field) in {'page-negative': ('page=-1', 'page'), 'size-zero': ('size=0', 'size'),
                         'size-huge': ('size=100000', 'size'), 'page-word': ('page=one', 'page'),
                         'prefecture-99': ('prefecture=99', 'prefecture'),
                         'prefecture-letters': ('prefecture=XX', 'prefecture'),
                         'q-oversized': ('q=' + 'あ' * 300, 'q')}.items():
    add('facilities-' + name, 'GET', 'api/v1/facilities?' + q, 'mr1', 400 if name != 'page-word' else '4xx', field)
for name, (q, field) in {'size-huge': ('size=100000', 'size'), 'from-word': ('from=soon', 'from'),
                         'to-month-13': ('to=2025-13-01', 'to'), 'page-negative': ('page=-1', 'page')}.items():
    add('audit-' + name, 'GET', 'api/v1/audit?' + q, 'safety1', 400, field)
add('inbox-size-huge', 'GET', 'api/v1/inbox?size=100000', 'mr1', 400, 'size')
add('inbox-read-other', 'POST', 'api/v1/inbox/999999999/read', 'mr1', 404, 'id')
add('stock-at-word', 'GET', 'api/v1/facilities/%s/stock?at=soon' % KOFU, 'fadmin1', 400, 'at')
add('decision-unknown', 'GET', 'api/v1/decisions/' + 'x' * 40, 'dist1', 404, 'id')

# --- bureau list imports (CSV and xlsx) ---------------------------------------------------------------------------
IMP = 'api/v1/imports/facility-filings?fileName=bad'
HEADER = ('項番,都道府県コード,都道府県名,区分,医療機関番号,併設医療機関番号,医療機関記号番号,医療機関名称,'
          '医療機関所在地（郵便番号）,医療機関所在地（住所）,電話番号,FAX番号,病床数,受理届出名称,受理記号,受理番号,算定開始年月日,'
          '個別有効開始年月日,備考（見出し）,備考（データ）,市町村コード,市町村名,種別コード,種別')


def row(n, number, name='検証病院', symbol='集１', start='令和 6年10月 1日', pref='32', prefname='島根県'):
    return (str(n) + ',' + pref + ',' + prefname + ',医科,' + number + ',,,"' + name + '",690-0000,松江市,0852,0852,'
            '"一般　　100",特定集中治療室管理料,' + symbol + ',第1号,"' + start + '",,,,,,,')


def csv(rows, date='令和7年9月1日', header=HEADER):
    return '届出受理医療機関名簿（医科）\n"[' + date + ' 現在 ]"\n\n' + header + '\n' + '\n'.join(rows) + '\n'


def imp(cid, body, expect, mention, ctype='text/csv'):
    add('import-' + cid, 'POST', IMP, 'safety1', expect, mention, body, ctype=ctype)


imp('empty', b'', 400, 'body')
imp('header-only', csv([]), '4xx', 'row')
imp('no-header', '1,2,3\n4,5,6\n', '4xx', '医療機関番号')
imp('wrong-columns', csv([row(1, '1110006')], header='a,b,c,d'), '4xx', '医療機関番号')
imp('missing-name-column', csv(['1,32,島根県,医科,1110001'],
                               header='項番,都道府県コード,都道府県名,区分,医療機関番号'), '4xx', '受理記号')
imp('bad-check-digit', csv([row(1, '1110007')]), 422, 'row')
imp('code-letters', csv([row(1, '11A0001')]), 422, 'row')
imp('code-short', csv([row(1, '11100')]), 422, 'row')
imp('bad-start-date', csv([row(1, '1110006', start='令和 6年13月 1日')]), 422, 'row')
imp('word-start-date', csv([row(1, '1110006', start='いつか')]), 422, 'row')
imp('mixed-prefectures', csv([row(1, '1110006'), row(2, '1110006', pref='33', prefname='岡山県')]), 422, 'row')
imp('bad-list-date', csv([row(1, '1110006')], date='令和7年13月1日'), '4xx', '名簿の現在日')
imp('second-row-bad', csv([row(1, '1110006'), row(2, '1110007')]), 422, '"row":6')  # line 6 of the file
imp('unclosed-quote', csv([row(1, '1110006')]).replace('"検証病院"', '"検証病院'), '4xx', 'row')
imp('pdf', b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', '4xx', '"field":"file"', ctype='application/pdf')
imp('random-bytes', bytes(range(256)) * 8, '4xx', '"field":"file"', ctype='application/octet-stream')
imp('utf16', csv([row(1, '1110006')]).encode('utf-16'), '4xx', '"field":"file"')


def xlsx(rows, formula_cell=None, drop_column=None, bomb_rows=0):
    """A minimal workbook with inline strings: rows is a list of lists of cell texts."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    out = []
    for r, cells in enumerate(rows, start=1):
        if drop_column is not None:
            cells = [c for i, c in enumerate(cells) if i != drop_column]
        xs = []
        for c, text in enumerate(cells):
            ref = col(c) + str(r)
            if formula_cell == (r, c):
                xs.append('<c r="%s"><f>1+1</f><v>2</v></c>' % ref)
            else:
                xs.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text))
        out.append('<row r="%d">%s</row>' % (r, ''.join(xs)))
    sheet_head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.'
                  'org/spreadsheetml/2006/main"><sheetData>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
                   '.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                   'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                   '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"'
                   '/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
                   'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
                   'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas'
                   '.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        if bomb_rows:
            filler = ('<row><c t="inlineStr"><is><t>' + 'A' * 1000 + '</t></is></c></row>')
            with z.open('xl/worksheets/sheet1.xml', 'w') as f:
                f.write(sheet_head.encode())
                chunk = (filler * 1000).encode()
                for _ in range(bomb_rows // 1000):
                    f.write(chunk)
                f.write(b'</sheetData></worksheet>')
        else:
            z.writestr('xl/worksheets/sheet1.xml', sheet_head + ''.join(out) + '</sheetData></worksheet>')
    return buf.getvalue()


XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
head_rows = [['[令和７年９月１日 現在 ]'], [''], HEADER.split(',')]
data = ['1', '32', '島根県', '医科', '1110006', '', '', '検証病院', '690-0000', '松江市', '0852', '0852', '一般　　100',
        '特定集中治療室管理料', '集１', '第1号', '令和 6年10月 1日', '', '', '', '', '', '', '']
bad = list(data); bad[4] = '1110007'
imp('xlsx-missing-column', xlsx(head_rows + [data], drop_column=7), '4xx', '医療機関名称', ctype=XLSX)
imp('xlsx-formula-code', xlsx(head_rows + [data], formula_cell=(4, 4)), '4xx', 'row', ctype=XLSX)
imp('xlsx-bad-check-digit', xlsx(head_rows + [bad]), 422, 'row', ctype=XLSX)
imp('xlsx-no-rows', xlsx(head_rows), '4xx', 'row', ctype=XLSX)
good_xlsx = xlsx(head_rows + [data])
imp('xlsx-truncated', good_xlsx[:len(good_xlsx) // 2], '4xx', '"field":"file"', ctype=XLSX)
imp('xlsx-zip-not-excel', (lambda: (lambda b: (zipfile.ZipFile(b, 'w').writestr('hello.txt', 'hi'), b.getvalue())[1])(
    io.BytesIO()))(), '4xx', '"field":"file"', ctype=XLSX)
imp('xlsx-decompression-bomb', xlsx([], bomb_rows=200_000), '4xx', '"field":"file"', ctype=XLSX)
imp('xlsx-text-pretending', 'これはExcelではありません', '4xx', '"field":"file"', ctype=XLSX)

# valid files that must be read correctly, not rejected (same list in three encodings)
valid = csv([row(1, '1110006', name='島根検証病院（文字コード）')])
os.makedirs(os.path.join(ROOT, 'valid'), exist_ok=True)
for name, data_bytes in {'utf8': valid.encode('utf-8'), 'utf8-bom': b'\xef\xbb\xbf' + valid.encode('utf-8'),
                         'cp932': valid.encode('cp932')}.items():
    with open(os.path.join(ROOT, 'valid', 'shimane-' + name + '.csv'), 'wb') as f:
        f.write(data_bytes)


def main():
    with open(os.path.join(ROOT, 'index.tsv'), 'w', encoding='utf-8') as f:
        f.write('# id\tmethod\tpath\tuser\tcontent-type\tbody\theaders\texpect\tmentions\n')
        for c in cases:
            f.write('\t'.join(c) + '\n')
    print(len(cases), 'bad-input cases written to', os.path.normpath(ROOT))


if __name__ == '__main__':
    main()
