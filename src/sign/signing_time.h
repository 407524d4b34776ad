// The claimed signing time: written to the signature's /M, to the Info
// ModDate and to the XMP dates. It comes from --time or from the clock.
#pragma once

#include <ctime>
#include <string>

#include "pdf/metadata.h"

namespace gongwen::sign {

// ISO 8601 date and time: "2021-01-15T10:30:00+08:00", "...Z", seconds
// optional, a space allowed instead of "T". Without an offset the time is
// China Standard Time (+08:00), as for document dates. Throws InputError.
pdf::Timestamp parse_signing_time(const std::string& text);

// Now, in the machine's time zone, to the second.
pdf::Timestamp current_time();

// Seconds since 1970-01-01 UTC.
std::time_t to_unix_time(const pdf::Timestamp& t);

}  // namespace gongwen::sign
