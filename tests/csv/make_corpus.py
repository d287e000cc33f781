#!/usr/bin/env python3
"""Writes the CSV import corpus under tests/data/csv/ (run from anywhere; the files are committed).

Real-world shapes: Excel "CSV UTF-8" (BOM, CRLF), Excel "Unicode text" (UTF-16 LE, tabs), European
Excel (semicolons), an Arabic Windows file (windows-1256), hand-written LF files, Excel quirks, and
one file per error kind under errors/.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "csv")


def write(name, text, encoding="utf-8", bom=b"", newline="\n"):
    data = bom + text.replace("\n", newline).encode(encoding)
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


# Voters, simple election, plain UTF-8 with LF.
write("voters_simple_lf.csv",
      "National ID,Phone\n"
      "29001011234567,01001234567\n"
      "29102021234568,+20 100 123 4568\n"
      "29203031234569,00201001234569\n")

# Excel "CSV UTF-8": BOM, CRLF, Arabic headers, Arabic-Indic digits.
write("voters_simple_bom_crlf_arabic.csv",
      "الرقم القومي,الموبايل\n"
      "٢٩٠٠١٠١١٢٣٤٥٦٧,٠١٠٠١٢٣٤٥٦٧\n"
      "29102021234568,010-0123-4568\n",
      bom=b"\xef\xbb\xbf", newline="\r\n")

# European Excel: semicolons, a district column, no final newline.
write("voters_district_semicolon.csv",
      "National_ID;Mobile;District\n"
      "29001011234567;(010) 0123 4567;North\n"
      "29102021234568;01001234568;\"South; old town\"")

# Excel "Unicode text": UTF-16 LE with BOM, tabs, CRLF; governorate election.
GOV = ("رقم الهوية\tرقم الهاتف\tالمحافظة\n"
       "29001011234567\t01001234567\tالقاهرة\n"
       "29102021234568\t01001234568\tالجيزة\n")
write("voters_governorate_utf16le_tabs.txt", GOV, encoding="utf-16-le", bom=b"\xff\xfe", newline="\r\n")
write("voters_governorate_utf16be_tabs.txt", GOV, encoding="utf-16-be", bom=b"\xfe\xff", newline="\r\n")

# An Arabic Windows file (Excel "CSV" on an Arabic Windows): windows-1256, CRLF.
write("voters_district_windows1256.csv",
      "الرقم القومي,الهاتف,الدائرة\n"
      "29001011234567,01001234567,مدينة نصر\n"
      "29102021234568,01001234568,الدقي\n",
      encoding="cp1256", newline="\r\n")

# Candidates: quoted commas, line breaks and doubled quotes; Arabic names; both date forms.
write("candidates_district_quoted.csv",
      "National ID,Name,Party,District,Birth date,Description,Symbol,Photo\n"
      "29001011234567,\"Amal  Hassan\",\"Green, United\",North,1990-01-01,\"Teacher.\nTwenty years in \"\"our\"\" "
      "schools.\",Tree,amal.jpg\n"
      "29102021234568,  محمد   علي  ,الحزب الوطني,North,2/2/1991,نبذة قصيرة,نخلة,\n"
      "29203031234569,Badr,,South,03/03/1992,,,\n")

# Excel quirks: trailing empty columns, a leading apostrophe, blank lines at the end.
write("candidates_simple_excel_quirks.csv",
      "NID,Full name,,,\n"
      "'29001011234567,Amal,,,\n"
      "29102021234568,Badr,,,\n"
      ",,,,\n"
      "\n\n",
      newline="\r\n")

# Excel turned ids into scientific notation.
write("voters_excel_scientific.csv",
      "National ID,Phone\n"
      "2.90101E+13,01001234567\n"
      "29102021234568,1.00123E+9\n")

# Governorate candidates with Arabic headers.
write("candidates_governorate_arabic.csv",
      "الرقم القومي,الاسم,المحافظة,تاريخ الميلاد,الصورة\n"
      "29001011234567,أمل حسن,القاهرة,1990-01-01,amal.png\n")

# --- one file per error kind -----------------------------------------------------------------
write("errors/missing_column.csv",
      "National ID,Mobile No\n"
      "29001011234567,01001234567\n")
write("errors/empty_required_cell.csv",
      "National ID,Phone,District\n"
      "29001011234567,01001234567,North\n"
      "29102021234568,,North\n"
      ",01001234569,North\n"
      "29304041234560,01001234560,\n")
write("errors/malformed_values.csv",
      "National ID,Phone\n"
      "29001011234567,0100123\n"
      "2900A011234567,01001234568\n"
      "29203031234569,call me\n")
write("errors/malformed_dates.csv",
      "National ID,Name,Birth date\n"
      "29001011234567,Amal,2001-02-30\n"
      "29102021234568,Badr,2090-01-01\n"
      "29203031234569,Dina,12/25/1980\n"
      "29304041234560,Eman,March 3rd\n")
write("errors/duplicate_id.csv",
      "National ID,Phone\n"
      "29001011234567,01001234567\n"
      "29102021234568,01001234568\n"
      "29203031234569,01001234569\n"
      "2900-1011-234567,01001234560\n")
write("errors/unterminated_quote.csv",
      "National ID,Name\n"
      "29001011234567,Amal\n"
      "29102021234568,\"Badr\n"
      "29203031234569,Dina\n")
write("errors/text_after_quote.csv",
      "National ID,Name\n"
      "29001011234567,\"Amal\" Hassan\n")
write("errors/extra_cells.csv",
      "National ID,Name\n"
      "29001011234567,Hassan, Amal\n")
write("errors/duplicate_column.csv",
      "National ID,Phone,Mobile\n"
      "29001011234567,01001234567,01001234567\n")
