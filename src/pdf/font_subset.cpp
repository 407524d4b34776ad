#include "pdf/font_subset.h"

#include <hb-subset.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H
#include FT_TRUETYPE_TABLES_H
#include FT_ADVANCES_H

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <vector>

#include "pdf/number_format.h"
#include "pdf/sha256.h"
#include "util/error.h"

namespace gongwen::pdf {
namespace {

// OS/2 fsType bits that rule out what we do (embed a subset of outlines).
constexpr unsigned kRestrictedLicenseEmbedding = 0x0002;
constexpr unsigned kNoSubsetting = 0x0100;
constexpr unsigned kBitmapEmbeddingOnly = 0x0200;

struct HbDeleter {
  void operator()(hb_blob_t* b) const { hb_blob_destroy(b); }
  void operator()(hb_face_t* f) const { hb_face_destroy(f); }
  void operator()(hb_subset_input_t* i) const { hb_subset_input_destroy(i); }
  void operator()(hb_subset_plan_t* p) const { hb_subset_plan_destroy(p); }
  void operator()(hb_set_t* s) const { hb_set_destroy(s); }
  void operator()(hb_font_t* f) const { hb_font_destroy(f); }
};
template <class T>
using HbPtr = std::unique_ptr<T, HbDeleter>;

class FreeTypeFace {
 public:
  FreeTypeFace(const std::string& bytes, const std::string& what) {
    if (FT_Init_FreeType(&library_) != 0) throw EnvironmentError("FreeType cannot start");
    if (FT_New_Memory_Face(library_, reinterpret_cast<const FT_Byte*>(bytes.data()),
                           static_cast<FT_Long>(bytes.size()), 0, &face_) != 0) {
      FT_Done_FreeType(library_);
      throw EnvironmentError("FreeType cannot read the subset of " + what);
    }
  }
  ~FreeTypeFace() {
    FT_Done_Face(face_);
    FT_Done_FreeType(library_);
  }
  FreeTypeFace(const FreeTypeFace&) = delete;
  FreeTypeFace& operator=(const FreeTypeFace&) = delete;
  FT_Face get() const { return face_; }

 private:
  FT_Library library_ = nullptr;
  FT_Face face_ = nullptr;
};

std::string blob_bytes(hb_blob_t* blob) {
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  return std::string(data, length);
}

unsigned fs_type(const FontSource& source) {
  HbPtr<hb_blob_t> os2(hb_face_reference_table(source.face(), HB_TAG('O', 'S', '/', '2')));
  unsigned length = 0;
  const auto* data = reinterpret_cast<const unsigned char*>(hb_blob_get_data(os2.get(), &length));
  if (length < 10) return 0;
  return (unsigned{data[8]} << 8) | data[9];
}

void check_embedding_allowed(const FontSource& source) {
  const unsigned fs = fs_type(source);
  const std::string& path = source.font().path;
  if (fs & kRestrictedLicenseEmbedding) {
    throw EnvironmentError("the licence of " + path +
                           " forbids embedding it (OS/2 fsType 0x0002), and PDF/A requires "
                           "every font to be embedded: choose another font for this role in "
                           "fonts/fonts.yaml");
  }
  if (fs & (kNoSubsetting | kBitmapEmbeddingOnly)) {
    throw EnvironmentError("the licence of " + path +
                           " forbids subsetting or embedding its outlines (OS/2 fsType); "
                           "choose another font for this role in fonts/fonts.yaml");
  }
}

HbPtr<hb_subset_input_t> subset_input(const std::set<std::uint32_t>& glyphs) {
  HbPtr<hb_subset_input_t> input(hb_subset_input_create_or_fail());
  if (!input) throw EnvironmentError("hb-subset cannot allocate its input");
  hb_set_t* glyph_set = hb_subset_input_glyph_set(input.get());
  hb_set_add(glyph_set, 0);  // .notdef must stay glyph 0 of every font program
  for (std::uint32_t g : glyphs) hb_set_add(glyph_set, g);
  // A CIDFont is addressed by code, never by character: no cmap needed.
  hb_set_clear(hb_subset_input_unicode_set(input.get()));
  hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "DSIG", "VORG", "vhea", "vmtx",
                          "MATH", "kern", "morx", "kerx", "COLR", "CPAL", "SVG "}) {
    hb_set_add(drop, hb_tag_from_string(tag, 4));
  }
  // Charstrings flattened instead of their subroutines subset: the subset
  // of a CJK font keeps few shared subroutines, and working out which takes
  // longer than inlining them; compressed, the flat program is no larger
  // (the seed's seven subsets: 608 bytes smaller in all, 20% less time).
  hb_subset_input_set_flags(input.get(),
                            HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE);
  return input;
}

// hb-subset maps every character of the source's cmap before it looks at the
// glyphs: for a CJK font that is most of the time a subset takes (a 65,000
// glyph Noto face: 45 of 49 million instructions for a 17-glyph title). A
// CIDFont program is addressed by code and needs no cmap, so CFF fonts are
// subset from a view of the face without one. The only thing the cmap adds
// to a CFF subset is the glyphs of non-default Unicode variation sequences
// (cmap format 14) of the characters whose glyphs are kept; they are added
// to the glyph set here, so the program comes out byte for byte the same.
hb_face_t* without_cmap(hb_face_t* source, hb_subset_input_t* input) {
  hb_set_t* glyph_set = hb_subset_input_glyph_set(input);
  HbPtr<hb_set_t> selectors(hb_set_create());
  hb_face_collect_variation_selectors(source, selectors.get());
  if (!hb_set_is_empty(selectors.get())) {
    HbPtr<hb_font_t> font(hb_font_create(source));
    HbPtr<hb_set_t> unicodes(hb_set_create());
    std::vector<hb_codepoint_t> extra;
    const unsigned glyph_count = hb_face_get_glyph_count(source);
    hb_codepoint_t selector = HB_SET_VALUE_INVALID;
    while (hb_set_next(selectors.get(), &selector)) {
      hb_set_clear(unicodes.get());
      hb_face_collect_variation_unicodes(source, selector, unicodes.get());
      hb_codepoint_t u = HB_SET_VALUE_INVALID;
      while (hb_set_next(unicodes.get(), &u)) {
        hb_codepoint_t nominal = 0;
        hb_codepoint_t variant = 0;
        if (hb_font_get_nominal_glyph(font.get(), u, &nominal) && nominal != 0 &&
            hb_set_has(glyph_set, nominal) &&
            hb_font_get_variation_glyph(font.get(), u, selector, &variant) &&
            variant < glyph_count) {
          extra.push_back(variant);
        }
      }
    }
    for (hb_codepoint_t g : extra) hb_set_add(glyph_set, g);
  }
  hb_face_t* view = hb_face_builder_create();
  const hb_tag_t cmap = HB_TAG('c', 'm', 'a', 'p');
  hb_tag_t tags[64];
  for (unsigned offset = 0;;) {
    unsigned count = 64;
    hb_face_get_table_tags(source, offset, &count, tags);
    for (unsigned i = 0; i < count; ++i) {
      if (tags[i] == cmap) continue;
      HbPtr<hb_blob_t> table(hb_face_reference_table(source, tags[i]));
      hb_face_builder_add_table(view, tags[i], table.get());
    }
    if (count < 64) break;
    offset += count;
  }
  return view;
}

// Keyed by the original glyph ids: the codes of a TrueType subset are always
// 0..n-1 and would give every subset of the same size the same tag.
std::string subset_tag(const std::string& name, const std::set<std::uint32_t>& glyphs) {
  std::string key = name;
  for (std::uint32_t g : glyphs) key += ":" + std::to_string(g);
  const Sha256Digest d = sha256(key);
  std::string tag;
  for (int i = 0; i < 6; ++i) tag += static_cast<char>('A' + d[i] % 26);
  return tag;
}

double per_mille(double value, double units_per_em) {
  return quantize(value * 1000.0 / units_per_em);
}

// Widths and codes of every glyph in the embedded program, read back with
// FreeType from the bytes we embed: that is what viewers and validators see.
// `sfnt` is the subset font file, `program` the embedded bytes (the same file
// for TrueType, the bare CFF table otherwise). FreeType addresses the glyphs
// of a bare CID-keyed CFF by CID, so the glyph → CID step needs the sfnt.
// Returns the code of each glyph of the subset.
std::vector<std::uint16_t> read_program(FT_Face sfnt, FT_Face program, FontProgram& out) {
  if (out.format == FontProgram::Format::kCidKeyedCff) {
    FT_Bool cid_keyed = 0;
    if (FT_Get_CID_Is_Internally_CID_Keyed(sfnt, &cid_keyed) != 0 || !cid_keyed) {
      throw EnvironmentError(
          "the font " + out.postscript_name +
          " has name-keyed CFF outlines, which cannot be embedded as a PDF/A CIDFont; use a "
          "TrueType or CID-keyed OpenType font for this role (e.g. Liberation Serif for Latin)");
    }
    const char* registry = nullptr;
    const char* ordering = nullptr;
    FT_Int supplement = 0;
    if (FT_Get_CID_Registry_Ordering_Supplement(sfnt, &registry, &ordering, &supplement) == 0) {
      out.registry = registry;
      out.ordering = ordering;
      out.supplement = supplement;
    }
  }
  std::vector<std::uint16_t> codes;
  const double upem = program->units_per_EM > 0 ? program->units_per_EM : 1000;
  for (FT_Long gid = 0; gid < sfnt->num_glyphs; ++gid) {
    FT_UInt code = static_cast<FT_UInt>(gid);
    if (out.format == FontProgram::Format::kCidKeyedCff &&
        FT_Get_CID_From_Glyph_Index(sfnt, code, &code) != 0) {
      throw EnvironmentError("FreeType finds no CID for glyph " + std::to_string(gid) +
                             " of the subset of " + out.postscript_name);
    }
    FT_Fixed advance = 0;
    if (FT_Get_Advance(program, code, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING, &advance) != 0) {
      throw EnvironmentError("FreeType cannot read glyph " + std::to_string(code) +
                             " of the subset of " + out.postscript_name);
    }
    codes.push_back(static_cast<std::uint16_t>(code));
    out.widths[codes.back()] = per_mille(static_cast<double>(advance), upem);
  }
  out.bbox[0] = per_mille(program->bbox.xMin, upem);
  out.bbox[1] = per_mille(program->bbox.yMin, upem);
  out.bbox[2] = per_mille(program->bbox.xMax, upem);
  out.bbox[3] = per_mille(program->bbox.yMax, upem);
  return codes;
}

// Vertical metrics and style from the sfnt tables (hhea, OS/2, post).
void read_descriptor_metrics(FT_Face sfnt, FontProgram& out) {
  const double upem = sfnt->units_per_EM > 0 ? sfnt->units_per_EM : 1000;
  out.ascent = per_mille(sfnt->ascender, upem);
  out.descent = per_mille(sfnt->descender, upem);
  out.cap_height = out.ascent;
  int weight = 400;
  if (const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(sfnt, FT_SFNT_OS2))) {
    if (os2->version >= 2 && os2->sCapHeight > 0) out.cap_height = per_mille(os2->sCapHeight, upem);
    if (os2->usWeightClass > 0) weight = os2->usWeightClass;
  }
  if (const auto* post = static_cast<const TT_Postscript*>(FT_Get_Sfnt_Table(sfnt, FT_SFNT_POST))) {
    out.italic_angle = quantize(static_cast<double>(post->italicAngle) / 65536.0);
    if (post->isFixedPitch) out.flags |= 1;
  }
  if (out.italic_angle != 0) out.flags |= 64;
  // No table records the dominant stem width; this is the usual estimate
  // from the weight class (about 80 for Regular, 140 for Bold).
  out.stem_v = std::max(50, 50 + (weight - 400) * 90 / 300 + 30);
  if (const char* ps = FT_Get_Postscript_Name(sfnt)) out.postscript_name = ps;
}

std::string fallback_name(const display::Font& font) {
  std::string name;
  for (char c : font.family.empty() ? std::string("Font") : font.family) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
      name += c;
    }
  }
  return name.empty() ? "Font" : name;
}

}  // namespace

FontProgram subset_font(const FontSource& source, const std::set<std::uint32_t>& glyphs,
                        const std::function<void(const std::string& program)>& program_ready) {
  const std::string& path = source.font().path;
  check_embedding_allowed(source);
  for (std::uint32_t g : glyphs) {
    if (g >= source.glyph_count()) {
      throw std::invalid_argument("display list uses glyph " + std::to_string(g) + " of " + path +
                                  ", which has only " + std::to_string(source.glyph_count()) +
                                  " glyphs");
    }
  }
  if (source.has_table("CFF2")) {
    throw EnvironmentError(path +
                           " is a variable CFF2 font, which PDF cannot embed directly; "
                           "use a static (CFF or TrueType) instance of the family");
  }

  FontProgram out;
  const bool cff = source.has_table("CFF ");
  if (!cff && !source.has_table("glyf")) {
    throw EnvironmentError(path + " has neither CFF nor TrueType outlines; it cannot be embedded");
  }
  out.format = cff ? FontProgram::Format::kCidKeyedCff : FontProgram::Format::kTrueType;

  auto input = subset_input(glyphs);
  HbPtr<hb_face_t> source_face(cff ? without_cmap(source.face(), input.get())
                                   : hb_face_reference(source.face()));
  HbPtr<hb_subset_plan_t> plan(hb_subset_plan_create_or_fail(source_face.get(), input.get()));
  if (!plan) throw EnvironmentError("hb-subset cannot plan a subset of " + path);
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
  HbPtr<hb_face_t> subset(hb_subset_plan_execute_or_fail(plan.get()));
  if (!subset) throw EnvironmentError("hb-subset failed to subset " + path);

  HbPtr<hb_blob_t> sfnt_blob(hb_face_reference_blob(subset.get()));
  const std::string sfnt = blob_bytes(sfnt_blob.get());
  if (cff) {
    HbPtr<hb_blob_t> table(hb_face_reference_table(subset.get(), HB_TAG('C', 'F', 'F', ' ')));
    out.data = blob_bytes(table.get());
  } else {
    out.data = sfnt;
  }
  if (out.data.empty()) throw EnvironmentError("hb-subset produced an empty subset of " + path);
  if (program_ready) program_ready(out.data);

  std::vector<std::uint16_t> codes;
  {
    FreeTypeFace sfnt_face(sfnt, path);
    FreeTypeFace program(out.data, path);
    read_descriptor_metrics(sfnt_face.get(), out);
    if (out.postscript_name.empty()) out.postscript_name = fallback_name(source.font());
    codes = read_program(sfnt_face.get(), program.get(), out);
  }

  for (std::uint32_t g : glyphs) {
    const hb_codepoint_t new_gid = hb_map_get(old_to_new, g);
    if (new_gid == HB_MAP_VALUE_INVALID || new_gid >= codes.size()) {
      throw EnvironmentError("hb-subset dropped glyph " + std::to_string(g) + " of " + path);
    }
    out.code_of_glyph.emplace(g, codes[new_gid]);
  }
  out.subset_tag = subset_tag(out.postscript_name, glyphs);
  return out;
}

}  // namespace gongwen::pdf
