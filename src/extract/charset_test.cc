#include "extract/charset.h"

#include <gtest/gtest.h>

#include "base/text.h"

namespace storyline::extract {
namespace {

TEST(CharsetTest, FromContentType) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=ISO-8859-1"), "iso-8859-1");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"utf-8\""), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html; Charset = windows-1251 ; foo=bar"), "windows-1251");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
}

TEST(CharsetTest, FromMeta) {
  EXPECT_EQ(CharsetFromMeta("<html><head><meta charset=\"windows-1252\">"), "windows-1252");
  EXPECT_EQ(CharsetFromMeta("<META CHARSET=Shift_JIS>"), "shift_jis");
  EXPECT_EQ(CharsetFromMeta("<meta http-equiv=\"Content-Type\" "
                            "content=\"text/html; charset=iso-8859-15\">"),
            "iso-8859-15");
  EXPECT_EQ(CharsetFromMeta("<meta name=viewport content=\"width=device-width\">"
                            "<meta charset='koi8-r'>"),
            "koi8-r");
  EXPECT_EQ(CharsetFromMeta("<metadata charset=\"x\"><p>no meta</p>"), "");
  // Only the first 4 KB are sniffed.
  EXPECT_EQ(CharsetFromMeta(std::string(5000, ' ') + "<meta charset=\"koi8-r\">"), "");
  EXPECT_EQ(CharsetFromMeta("<meta charset=\"utf-8"), "utf-8");  // unterminated
  EXPECT_EQ(CharsetFromMeta("<meta"), "");
}

TEST(CharsetTest, FromBom) {
  EXPECT_EQ(CharsetFromBom("\xEF\xBB\xBFhi"), "utf-8");
  EXPECT_EQ(CharsetFromBom("\xFF\xFEh\0"), "utf-16le");
  EXPECT_EQ(CharsetFromBom("\xFE\xFF\0h"), "utf-16be");
  EXPECT_EQ(CharsetFromBom("hi"), "");
}

struct DecodeCase {
  const char* name;
  std::string bytes;
  const char* content_type;
  const char* want_text;
  const char* want_charset;
};

TEST(CharsetTest, DecodeToUtf8) {
  const DecodeCase cases[] = {
      {"plain utf-8", "caf\xC3\xA9", "", "caf\u00e9", "utf-8"},
      {"undeclared latin-1", "caf\xE9", "", "caf\u00e9", "windows-1252"},
      {"undeclared cp1252 quotes", "\x93Hi\x94", "", "\u201cHi\u201d", "windows-1252"},
      {"header latin-1", "caf\xE9", "text/html; charset=iso-8859-1", "caf\u00e9", "windows-1252"},
      {"meta windows-1252", "<meta charset=windows-1252>caf\xE9", "",
       "<meta charset=windows-1252>caf\u00e9", "windows-1252"},
      {"latin-1 label but utf-8 bytes", "<meta charset=iso-8859-1>caf\xC3\xA9", "",
       "<meta charset=iso-8859-1>caf\u00e9", "utf-8"},
      {"header wins over meta", "<meta charset=utf-8>caf\xE9", "text/html; charset=windows-1252",
       "<meta charset=utf-8>caf\u00e9", "windows-1252"},
      {"declared utf-8, no utf-8 at all", "caf\xE9", "text/html; charset=utf-8", "caf\u00e9",
       "windows-1252"},
      {"declared utf-8, one stray byte", "caf\xC3\xA9 \xFF", "text/html; charset=utf-8",
       "caf\u00e9 \uFFFD", "utf-8"},
      {"bom wins", "\xEF\xBB\xBF<meta charset=windows-1252>caf\xC3\xA9", "",
       "<meta charset=windows-1252>caf\u00e9", "utf-8"},
      {"koi8-r", "\xF0\xD2\xC9\xD7\xC5\xD4", "text/html; charset=koi8-r",
       "\u041f\u0440\u0438\u0432\u0435\u0442", "koi8-r"},
      {"unknown label", "caf\xC3\xA9", "text/html; charset=x-no-such-charset", "caf\u00e9",
       "utf-8"},
      {"nul dropped", std::string("a\0b", 3), "", "ab", "utf-8"},
      // A page converted to UTF-8 by a crawler keeps its old label: any legacy label loses
      // to bytes that are valid UTF-8 with multi-byte characters.
      {"gb2312 label but utf-8 bytes", "<meta charset=gb2312>\xE4\xB8\xAD\xE6\x96\x87", "",
       "<meta charset=gb2312>\u4e2d\u6587", "utf-8"},
      {"real gbk", "<meta charset=gbk>\xD6\xD0\xCE\xC4", "", "<meta charset=gbk>\u4e2d\u6587",
       "gbk"},
  };
  for (const DecodeCase& c : cases) {
    DecodedPage p = DecodeToUtf8(c.bytes, c.content_type);
    EXPECT_EQ(p.text, c.want_text) << c.name;
    EXPECT_EQ(p.charset, c.want_charset) << c.name;
  }
}

TEST(CharsetTest, OutputIsAlwaysValidUtf8) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  for (const char* ct : {"", "text/html; charset=utf-8", "text/html; charset=shift_jis",
                         "text/html; charset=utf-16le", "text/html; charset=gb18030",
                         "text/html; charset=iso-2022-jp"}) {
    EXPECT_TRUE(base::IsValidUtf8(DecodeToUtf8(bytes, ct).text)) << ct;
    EXPECT_TRUE(base::IsValidUtf8(DecodeToUtf8(bytes.substr(0, 7), ct).text)) << ct;
  }
}

}  // namespace
}  // namespace storyline::extract
