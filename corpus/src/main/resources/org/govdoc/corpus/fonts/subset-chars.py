s=set()
for hi in range(0xA1,0xF8):
    for lo in range(0xA1,0xFF):
        try: s.add(bytes([hi,lo]).decode('gb2312'))
        except: pass
s.update(chr(c) for c in range(0x20,0x7F))
s.update(chr(c) for c in range(0x3000,0x3040))  # CJK punctuation
s.update(chr(c) for c in range(0xFF01,0xFF5F))  # fullwidth forms
s.update(chr(c) for c in range(0x2010,0x2040))  # dashes, quotes, ellipsis
s.update(chr(c) for c in range(0x2460,0x24A0))  # circled numbers
s.update('·×÷±≤≥≈≠％‰℃№￥〔〕﹝﹞〖〗【】')
s.update('彧蘖堃喆琎珺瑄玥')
open('chars.txt','w').write(''.join(sorted(s)))
print(len(s))
