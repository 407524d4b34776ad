#include "pdf/metadata.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include "util/error.h"

namespace gongwen::pdf {
namespace {

constexpr int kChinaUtcOffsetMinutes = 8 * 60;

bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

std::optional<Timestamp> parse_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  }
  Timestamp t;
  t.year = std::stoi(s.substr(0, 4));
  t.month = std::stoi(s.substr(5, 2));
  t.day = std::stoi(s.substr(8, 2));
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > days_in_month(t.year, t.month)) {
    return std::nullopt;
  }
  t.utc_offset_minutes = kChinaUtcOffsetMinutes;
  return t;
}

// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
Timestamp from_epoch_seconds(long long seconds) {
  long long days = seconds / 86400;
  long long rest = seconds % 86400;
  days += 719468;
  const long long era = days / 146097;
  const long long doe = days - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  Timestamp t;
  t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  t.year = static_cast<int>(yoe + era * 400 + (t.month <= 2 ? 1 : 0));
  t.hour = static_cast<int>(rest / 3600);
  t.minute = static_cast<int>(rest % 3600 / 60);
  t.second = static_cast<int>(rest % 60);
  return t;
}

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

std::string four(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04d", v);
  return buf;
}

// Text content of an XML element: the five special characters escaped, and
// characters XML 1.0 cannot carry (C0 controls except tab/newline) dropped.
std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') break;
        out += c;
    }
  }
  return out;
}

std::string lang_alt(const char* name, const std::string& value) {
  return std::string("   <") + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
         xml_escape(value) + "</rdf:li></rdf:Alt></" + name + ">\n";
}

std::string simple(const char* name, const std::string& value) {
  return std::string("   <") + name + ">" + xml_escape(value) + "</" + name + ">\n";
}

// pdfuaid is not one of the schemas PDF/A-2 predefines, so the packet must
// describe it in an extension schema or validators reject the property.
constexpr const char* kPdfUaExtensionSchema = R"(   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
)";

std::string without_controls(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
  }
  return out;
}

}  // namespace

DocumentInfo document_info(const display::Metadata& meta, const std::string& producer,
                           const char* epoch) {
  DocumentInfo info;
  info.title = without_controls(meta.title);
  info.author = without_controls(meta.author);
  info.subject = without_controls(meta.subject);
  info.keywords = without_controls(meta.keywords);
  info.producer = without_controls(producer);
  info.language = without_controls(meta.language.empty() ? "zh-CN" : meta.language);
  info.date = resolve_document_date(meta.date, epoch);
  return info;
}

std::optional<Timestamp> resolve_document_date(const std::string& iso_date, const char* epoch) {
  if (!iso_date.empty()) {
    auto t = parse_iso_date(iso_date);
    if (!t) {
      throw InputError(SourcePos{}, "the document date \"" + iso_date +
                                        "\" is not a calendar date of the form YYYY-MM-DD "
                                        "(for example 2021-01-15)");
    }
    return t;
  }
  if (epoch == nullptr || *epoch == '\0') return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const long long seconds = std::strtoll(epoch, &end, 10);
  if (errno != 0 || *end != '\0' || seconds < 0 || seconds > 253402300799LL) {
    throw EnvironmentError(std::string("SOURCE_DATE_EPOCH=\"") + epoch +
                           "\" is not a number of seconds since 1970-01-01 (unset it, or set "
                           "it to an integer such as 1610668800)");
  }
  return from_epoch_seconds(seconds);
}

std::string pdf_date(const Timestamp& t) {
  std::string s =
      "D:" + four(t.year) + two(t.month) + two(t.day) + two(t.hour) + two(t.minute) + two(t.second);
  if (t.utc_offset_minutes == 0) return s + "Z";
  const int off = t.utc_offset_minutes < 0 ? -t.utc_offset_minutes : t.utc_offset_minutes;
  return s + (t.utc_offset_minutes < 0 ? "-" : "+") + two(off / 60) + "'" + two(off % 60) + "'";
}

std::string xmp_date(const Timestamp& t) {
  std::string s = four(t.year) + "-" + two(t.month) + "-" + two(t.day) + "T" + two(t.hour) + ":" +
                  two(t.minute) + ":" + two(t.second);
  if (t.utc_offset_minutes == 0) return s + "Z";
  const int off = t.utc_offset_minutes < 0 ? -t.utc_offset_minutes : t.utc_offset_minutes;
  return s + (t.utc_offset_minutes < 0 ? "-" : "+") + two(off / 60) + ":" + two(off % 60);
}

std::string build_xmp(const DocumentInfo& info) {
  std::string x =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
      "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n"
      "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
      "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
      "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n";
  x += simple("dc:format", "application/pdf");
  if (!info.title.empty()) x += lang_alt("dc:title", info.title);
  if (!info.author.empty()) {
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escape(info.author) +
         "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  if (!info.subject.empty()) x += lang_alt("dc:description", info.subject);
  if (!info.language.empty()) {
    x += "   <dc:language><rdf:Bag><rdf:li>" + xml_escape(info.language) +
         "</rdf:li></rdf:Bag></dc:language>\n";
  }
  if (!info.keywords.empty()) x += simple("pdf:Keywords", info.keywords);
  if (!info.producer.empty()) x += simple("pdf:Producer", info.producer);
  if (!info.creator.empty()) x += simple("xmp:CreatorTool", info.creator);
  if (info.date) {
    x += simple("xmp:CreateDate", xmp_date(*info.date));
    x += simple("xmp:ModifyDate", xmp_date(*info.date));
  }
  x += simple("pdfaid:part", "2");
  x += simple("pdfaid:conformance", "A");
  x += simple("pdfuaid:part", "1");
  x += kPdfUaExtensionSchema;
  x += "  </rdf:Description>\n"
       " </rdf:RDF>\n"
       "</x:xmpmeta>\n"
       "<?xpacket end=\"w\"?>";
  return x;
}

}  // namespace gongwen::pdf
