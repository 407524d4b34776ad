#include "layout/inline/itemize.h"

#include <cstdio>
#include <stdexcept>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/breaks.h"
#include "util/error.h"

namespace gongwen::layout::inline_steps {
namespace {

constexpr std::string_view kLatinRole = "latin";

bool is_latin(char32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  UErrorCode status = U_ZERO_ERROR;
  return u_isalpha(static_cast<UChar32>(cp)) &&
         uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_LATIN;
}

// Combining marks and invisible format characters (ZWJ, variation selectors)
// belong to the character before them: HarfBuzz must see them in one run.
bool attaches_to_previous(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  const auto category = u_charType(c);
  return category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
         category == U_COMBINING_SPACING_MARK ||
         u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

std::string code_point_name(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
  return buffer;
}

std::string family_list(const font::FontSet& fonts, std::string_view role) {
  std::string out;
  if (!fonts.has_role(role)) return "none defined";
  for (const font::Face* face : fonts.chain(role)) {
    if (!out.empty()) out += ", ";
    out += face->family();
  }
  return out;
}

// The role that sets a span's Latin text: "<role>_latin" when the font table
// has one (e.g. a bold Latin face for a bold title), else "latin"; empty when
// the table has neither, and the span's own fonts set its Latin text.
std::string latin_role_for(const font::FontSet& fonts, const std::string& role) {
  const std::string own = role + "_latin";
  if (fonts.has_role(own)) return own;
  if (fonts.has_role(kLatinRole)) return std::string(kLatinRole);
  return {};
}

[[noreturn]] void uncovered(const font::FontSet& fonts, const Span& span,
                            const std::string& latin_role, char32_t cp, std::size_t index_in_span) {
  std::string message = "the character \"" + text::to_utf8(std::u32string(1, cp)) + "\" (" +
                        code_point_name(cp) + ", character " + std::to_string(index_in_span + 1) +
                        " of this text) is in none of the fonts for role '" + span.style.role +
                        "' (" + family_list(fonts, span.style.role) + ")";
  if (!latin_role.empty()) {
    message += " nor in the Latin fonts (" + family_list(fonts, latin_role) + ")";
  }
  throw InputError(span.pos, message +
                                 "; replace it, or add a font that has it to the role in "
                                 "fonts/fonts.yaml");
}

std::u32string decode(const Span& span) {
  try {
    return text::to_u32(span.text);
  } catch (const std::invalid_argument& e) {
    throw InputError(span.pos, std::string("the text is not valid UTF-8 (") + e.what() +
                                   "); save the file as UTF-8");
  }
}

void add_span(const font::FontSet& fonts, const std::vector<Span>& spans, int s,
              Paragraph& paragraph) {
  const Span& span = spans[static_cast<std::size_t>(s)];
  const std::string latin_role = latin_role_for(fonts, span.style.role);
  const std::u32string text = decode(span);
  for (std::size_t k = 0; k < text.size(); ++k) {
    char32_t cp = text[k];
    if (cp == U'\r') continue;  // CR LF is one line break
    if (cp == U'\t') cp = U' ';
    const std::size_t index = paragraph.text.size();
    paragraph.text.push_back(cp);

    Item next{nullptr, s, index, index + 1, false};
    if (cp == U'\n') {
      paragraph.items.push_back(next);
      continue;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
      throw InputError(span.pos, "the text contains the control character " + code_point_name(cp) +
                                     " (character " + std::to_string(k + 1) + "); remove it");
    }
    Item* previous = paragraph.items.empty() ? nullptr : &paragraph.items.back();
    const bool continues = previous && previous->span == s && previous->face;
    if (continues && attaches_to_previous(cp)) {
      previous->end = index + 1;
      continue;
    }
    // Latin text keeps its natural widths whichever font sets it; so does a
    // character only the Latin fonts have.
    next.latin = is_latin(cp);
    if (!latin_role.empty() && next.latin) next.face = fonts.face_for(latin_role, cp);
    if (!next.face) next.face = fonts.face_for(span.style.role, cp);
    if (!next.face && !latin_role.empty()) {
      next.face = fonts.face_for(latin_role, cp);
      next.latin = true;
    }
    if (!next.face) uncovered(fonts, span, latin_role, cp, k);
    if (continues && previous->face == next.face && previous->latin == next.latin) {
      previous->end = index + 1;
    } else {
      paragraph.items.push_back(next);
    }
  }
}

}  // namespace

Paragraph itemize(const font::FontSet& fonts, const std::vector<Span>& spans) {
  Paragraph paragraph;
  for (int s = 0; s < static_cast<int>(spans.size()); ++s) add_span(fonts, spans, s, paragraph);
  return paragraph;
}

}  // namespace gongwen::layout::inline_steps
