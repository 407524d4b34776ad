// Document metadata written twice, to the Info dictionary and to the XMP
// packet; PDF/A requires both to say the same, so both come from one struct.
#pragma once

#include <optional>
#include <string>

#include "display/display_list.h"

namespace gongwen::pdf {

struct Timestamp {
  int year = 1970, month = 1, day = 1;
  int hour = 0, minute = 0, second = 0;
  int utc_offset_minutes = 0;
};

// The document date: Metadata::date ("YYYY-MM-DD", midnight China time) when
// given, else SOURCE_DATE_EPOCH (`epoch`, seconds since 1970 UTC) when set,
// else none: the clock is never read, so output stays reproducible.
// Throws InputError for a malformed date, EnvironmentError for a malformed
// SOURCE_DATE_EPOCH.
std::optional<Timestamp> resolve_document_date(const std::string& iso_date, const char* epoch);

std::string pdf_date(const Timestamp& t);  // D:20210115000000+08'00'
std::string xmp_date(const Timestamp& t);  // 2021-01-15T00:00:00+08:00

struct DocumentInfo {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string creator = "gongwen";
  std::string producer;
  std::string language;
  std::optional<Timestamp> date;  // both creation and modification
};

// Info/XMP values for `meta`: control characters removed (neither a PDF text
// string nor XML should carry them, and both must say the same), the date
// resolved as above with `epoch` = getenv("SOURCE_DATE_EPOCH").
DocumentInfo document_info(const display::Metadata& meta, const std::string& producer,
                           const char* epoch);

// The XMP packet (UTF-8) declaring PDF/A-2a and PDF/UA-1, with the same
// values as the Info dictionary; empty fields are left out of both.
std::string build_xmp(const DocumentInfo& info);

}  // namespace gongwen::pdf
