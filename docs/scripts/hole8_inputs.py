# Makes the four big inputs of issue 18, hole 8 (docs/robustness.md): python3 hole8_inputs.py dense|bomb|para|txt
# Writes them to ./in/; then: ./govdoc ingest in/FILE --threads 1 --out /tmp/x.jsonl --index /tmp/x-idx
import zipfile, random, io, os, sys
os.makedirs("in", exist_ok=True)
random.seed(1)
ct='''<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'''
rels='''<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'''
wb='''<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S1" sheetId="1" r:id="rId1"/></sheets></workbook>'''
wbrels='''<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'''
def col(i):
    s=''
    i+=1
    while i: i,r=divmod(i-1,26); s=chr(65+r)+s
    return s
def xlsx(path, sheet, strings):
    with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels); z.writestr('xl/workbook.xml',wb)
        z.writestr('xl/_rels/workbook.xml.rels',wbrels); z.writestr('xl/worksheets/sheet1.xml',sheet); z.writestr('xl/sharedStrings.xml',strings)
NS='xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
what=sys.argv[1]
if what=='dense':
    rows=[]
    for r in range(1000):
        cells=''.join('<c r="%s%d"><v>%d</v></c>'%(col(c),r+1,random.randint(0,99999)) for c in range(1000))
        rows.append('<row r="%d">%s</row>'%(r+1,cells))
    xlsx('in/dense-1000x1000.xlsx','<?xml version="1.0" encoding="UTF-8"?><worksheet %s><sheetData>%s</sheetData></worksheet>'%(NS,''.join(rows)),'<?xml version="1.0" encoding="UTF-8"?><sst %s count="0" uniqueCount="0"/>'%NS)
if what=='bomb':
    big='A'*(600*1024*1024)
    xlsx('in/lying-bomb.xlsx','<?xml version="1.0" encoding="UTF-8"?><worksheet %s><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'%NS,
         '<?xml version="1.0" encoding="UTF-8"?><sst %s count="1" uniqueCount="1"><si><t>%s</t></si></sst>'%(NS,big))
    # make the central directory lie about sharedStrings.xml's size
    data=bytearray(open('in/lying-bomb.xlsx','rb').read())
    name=b'xl/sharedStrings.xml'
    i=data.rfind(b'PK\x01\x02')
    pos=0
    while True:
        j=data.find(b'PK\x01\x02',pos)
        if j<0: break
        n=int.from_bytes(data[j+28:j+30],'little')
        if data[j+46:j+46+n]==name:
            data[j+24:j+28]=(1000).to_bytes(4,'little')
        pos=j+4
    # and the local header
    j=data.find(b'PK\x03\x04'+b'')
    pos=0
    while True:
        j=data.find(b'PK\x03\x04',pos)
        if j<0: break
        n=int.from_bytes(data[j+26:j+28],'little')
        if data[j+30:j+30+n]==name:
            data[j+22:j+26]=(1000).to_bytes(4,'little')
        pos=j+4
    open('in/lying-bomb.xlsx','wb').write(bytes(data))
hz=[chr(c) for c in range(0x4e00,0x4e00+3000)]
if what=='para':
    text=''.join(random.choice(hz) for _ in range(17*1024*1024))  # ~50 MB UTF-8
    doc='<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>'%text
    with zipfile.ZipFile('in/paragraph-50mb.docx','w',zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml','<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr('_rels/.rels','<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/document.xml',doc)
if what=='txt':
    with open('in/one-line-200mb.txt','w',encoding='utf-8') as f:
        chunk=''.join(random.choice(hz) for _ in range(1024*1024))
        for _ in range(64): f.write(chunk)   # 64 Mi chars * 3 bytes = 200 MB, no newline
