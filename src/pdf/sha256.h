// SHA-256 (OpenSSL's), for the document /ID and the font subset tags: both
// need only a stable digest of bytes.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace gongwen::pdf {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::string_view data);

}  // namespace gongwen::pdf
