#include "pdf/writer.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "pdf/content_stream.h"
#include "pdf/document_id.h"
#include "pdf/font_cache.h"
#include "pdf/font_embed.h"
#include "pdf/font_encoding.h"
#include "pdf/font_preparation.h"
#include "pdf/font_subset.h"
#include "pdf/glyph_usage.h"
#include "pdf/image.h"
#include "pdf/metadata.h"
#include "pdf/outline.h"
#include "pdf/output_intent.h"
#include "pdf/pdf_values.h"
#include "pdf/signature_field.h"
#include "pdf/structure_objects.h"
#include "util/error.h"
#include "util/stage_timer.h"

namespace gongwen::pdf {

using namespace PoDoFo;

namespace {

struct EmbeddedFonts {
  std::vector<std::unique_ptr<FontEncoding>> encodings;  // indexed like Document::fonts
  std::vector<PdfObject*> objects;
  // Each font's program stream, filled by fill_programs once compressed.
  std::vector<PdfObject*> program_files;
  std::vector<std::shared_ptr<const PreparedFont>> prepared;
};

// Second pass: subset each used font, then embed it. Fonts no run uses are
// left out entirely. PDF objects are made here, in font order; the program
// streams get their data later (fill_programs), as compressing the largest
// program may still be under way on another thread.
EmbeddedFonts embed_fonts(PdfMemDocument& pdf, const display::Document& doc,
                          const std::vector<FontUsage>& usage, FontPreparation& preparation) {
  EmbeddedFonts out;
  {
    const util::StageTimer timer(util::Stage::kSubset);  // gongwen render --timings
    out.prepared = preparation.fonts();
  }
  out.encodings.resize(doc.fonts.size());
  out.objects.resize(doc.fonts.size(), nullptr);
  out.program_files.resize(doc.fonts.size(), nullptr);
  for (std::size_t i = 0; i < doc.fonts.size(); ++i) {
    if (!out.prepared[i]) continue;
    const PreparedFont& prepared = *out.prepared[i];
    auto encoding = std::make_unique<FontEncoding>(make_font_encoding(
        "F" + std::to_string(i + 1), prepared.program, usage[i], prepared.cmap_text));
    const EmbeddedFont embedded =
        embed_font(pdf.GetObjects(), prepared.program, to_unicode_map(*encoding));
    out.objects[i] = embedded.font;
    out.program_files[i] = embedded.program_file;
    out.encodings[i] = std::move(encoding);
  }
  return out;
}

void fill_programs(const EmbeddedFonts& fonts) {
  for (std::size_t i = 0; i < fonts.prepared.size(); ++i) {
    if (fonts.prepared[i])
      set_flate_data(*fonts.program_files[i], fonts.prepared[i]->program_flate->result());
  }
}

struct EmbeddedImages {
  std::map<std::string, std::string> names;  // path → resource name
  std::map<std::string, EmbeddedImage> images;
};

EmbeddedImages embed_images(PdfMemDocument& pdf, const display::Document& doc) {
  EmbeddedImages out;
  for (const auto& page : doc.pages) {
    for (const auto& item : page.items) {
      const auto* image = std::get_if<display::Image>(&item);
      if (image == nullptr || out.names.count(image->path)) continue;
      out.names.emplace(image->path, "Im" + std::to_string(out.names.size() + 1));
      out.images.emplace(image->path, embed_png(pdf, image->path));
    }
  }
  return out;
}

PdfDictionary& sub_dictionary(PdfObject* resources, const char* key) {
  PdfDictionary& r = resources->GetDictionary();
  if (!r.HasKey(key)) r.AddKey(key, PdfDictionary());
  return r.GetKey(key)->GetDictionary();
}

void set_page_content(PdfPage* page, const PageContent& content, const EmbeddedFonts& fonts,
                      const EmbeddedImages& images) {
  PdfObject* resources = page->GetResources();
  if (!content.fonts.empty()) {
    PdfDictionary& f = sub_dictionary(resources, "Font");
    for (int i : content.fonts)
      f.AddKey(fonts.encodings[i]->resource_name, fonts.objects[i]->Reference());
  }
  bool transparent = false;
  if (!content.images.empty()) {
    PdfDictionary& x = sub_dictionary(resources, "XObject");
    for (const auto& path : content.images) {
      const EmbeddedImage& image = images.images.at(path);
      x.AddKey(images.names.at(path), image.xobject->Reference());
      transparent = transparent || image.has_alpha;
    }
  }
  PdfDictionary& d = page->GetObject()->GetDictionary();
  d.AddKey("Tabs", PdfName("S"));  // PDF/UA: tab order follows the structure
  if (transparent) {               // blend soft-masked images in sRGB, the output intent's space
    PdfDictionary group;
    group.AddKey("Type", PdfName("Group"));
    group.AddKey("S", PdfName("Transparency"));
    group.AddKey("CS", PdfName("DeviceRGB"));
    d.AddKey("Group", group);
  }
  PdfObject* stream = page->GetContentsForAppending();
  set_flate_data(*stream, flate(content.operators));
}

void set_info(PdfMemDocument& pdf, const DocumentInfo& info) {
  PdfDictionary& d = pdf.GetInfo()->GetObject()->GetDictionary();
  // PoDoFo pre-fills Producer and a CreationDate from the clock.
  for (const char* key : {"Title", "Author", "Subject", "Keywords", "Creator", "Producer",
                          "CreationDate", "ModDate"}) {
    d.RemoveKey(key);
  }
  auto put = [&](const char* key, const std::string& value) {
    if (!value.empty()) d.AddKey(key, text_string(value));
  };
  put("Title", info.title);
  put("Author", info.author);
  put("Subject", info.subject);
  put("Keywords", info.keywords);
  put("Creator", info.creator);
  put("Producer", info.producer);
  if (info.date) {
    d.AddKey("CreationDate", PdfString(pdf_date(*info.date)));
    d.AddKey("ModDate", PdfString(pdf_date(*info.date)));
  }
}

void set_catalog(PdfMemDocument& pdf, const DocumentInfo& info) {
  PdfObject* xmp = stream_object(pdf.GetObjects(), build_xmp(info), /*compress=*/false, "Metadata");
  xmp->GetDictionary().AddKey("Subtype", PdfName("XML"));
  PdfDictionary& catalog = pdf.GetCatalog()->GetDictionary();
  catalog.AddKey("Metadata", xmp->Reference());
  catalog.AddKey("Lang", PdfString(info.language));
  PdfDictionary viewer;
  viewer.AddKey("DisplayDocTitle", PdfVariant(true));
  catalog.AddKey("ViewerPreferences", viewer);
}

std::string serialize(PdfMemDocument& pdf) {
  PdfRefCountedBuffer buffer;
  PdfOutputDevice device(&buffer);
  pdf.Write(&device);
  return std::string(buffer.GetBuffer(), device.GetLength());
}

std::string write(const display::Document& doc, const WriteOptions& options) {
  if (doc.pages.empty()) throw std::invalid_argument("the display list has no pages");
  const DocumentInfo info =
      document_info(doc.metadata, options.producer, std::getenv("SOURCE_DATE_EPOCH"));
  // PDF/UA: the title is what viewers show for the document (DisplayDocTitle).
  if (info.title.find_first_not_of(' ') == std::string::npos) {
    throw std::invalid_argument(
        "the display list's metadata has no title, which PDF/UA requires of every document");
  }

  PdfMemDocument pdf;
  pdf.SetPdfVersion(ePdfVersion_1_7);
  pdf.SetWriteMode(ePdfWriteMode_Compact);

  const std::vector<FontUsage> usage = collect_glyph_usage(doc);
  FontPreparation preparation(doc, usage, options.threads, options.font_cache);
  const EmbeddedFonts fonts = embed_fonts(pdf, doc, usage, preparation);
  const EmbeddedImages images = embed_images(pdf, doc);
  std::vector<const FontEncoding*> encodings;
  for (const auto& e : fonts.encodings) encodings.push_back(e.get());

  StructureBuilder structure;
  std::vector<PdfObject*> page_objects;
  std::vector<double> page_heights;
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const display::Page& page = doc.pages[i];
    if (page.width <= 0 || page.height <= 0) {
      throw std::invalid_argument("display list page " + std::to_string(i + 1) + " has no size");
    }
    PdfPage* pdf_page = pdf.CreatePage(PdfRect(0, 0, to_pt(page.width), to_pt(page.height)));
    PdfArray media_box;  // our number format rather than PdfRect's six decimals
    for (double v : {0.0, 0.0, to_pt(page.width), to_pt(page.height)})
      media_box.push_back(number(v));
    pdf_page->GetObject()->GetDictionary().AddKey("MediaBox", media_box);
    const PageContent content =
        build_page_content(page, static_cast<int>(i), encodings, images.names, structure);
    set_page_content(pdf_page, content, fonts, images);
    page_objects.push_back(pdf_page->GetObject());
    page_heights.push_back(to_pt(page.height));
  }
  // The seal's place, computed by layout, becomes an empty signature field
  // that `gongwen sign` fills later; the structure tree holds it as a Form.
  std::vector<PdfObject*> widgets;
  for (const ReservedField& field : reserve_signature_fields(pdf, seal_anchors(doc), page_heights))
    widgets.push_back(field.widget);
  structure.finish();
  write_structure_tree(pdf, structure, {page_objects, page_heights}, widgets);
  write_outline(pdf, doc.outline, page_objects, page_heights);
  add_output_intent(pdf);
  set_catalog(pdf, info);
  set_info(pdf, info);

  fill_programs(fonts);
  std::string bytes = serialize(pdf);
  patch_document_id(bytes);
  return bytes;
}

}  // namespace

std::string write_pdf(const display::Document& doc, const WriteOptions& options) {
  try {
    return write(doc, options);
  } catch (const PdfError& e) {
    throw EnvironmentError(std::string("the PDF library failed while writing: ") +
                           PdfError::ErrorName(e.GetError()));
  }
}

}  // namespace gongwen::pdf
