#include "sign/sign_pdf.h"

#include <podofo/podofo.h>

#include <stdexcept>

#include "sign/modification_date.h"
#include "sign/openssl_handles.h"
#include "sign/target_field.h"
#include "util/error.h"

namespace gongwen::sign {
namespace {

using namespace PoDoFo;

// The placeholder PdfSignOutputDevice rewrites in place once offsets are known.
constexpr const char* kByteRangePlaceholder = "[ 0 1234567890 1234567890 1234567890]";

constexpr const char* kEncrypted =
    "the PDF is encrypted; signing keeps the file as it is, so give an unencrypted PDF";

[[noreturn]] void input_error(const std::string& message) {
  throw InputError(SourcePos{}, message);
}

std::string podofo_message(const PdfError& e) {
  const char* text = PdfError::ErrorMessage(e.GetError());
  return text != nullptr ? text : "PoDoFo error " + std::to_string(e.GetError());
}

void load(PdfMemDocument& doc, std::string_view pdf) {
  // PoDoFo 0.9.8 prints the trailer of every file it parses to stdout.
  PdfError::EnableDebug(false);
  PdfError::EnableLogging(false);
  try {
    doc.LoadFromBuffer(pdf.data(), static_cast<long>(pdf.size()), /*bForUpdate=*/true);
  } catch (const PdfError& e) {
    if (e.GetError() == ePdfError_InvalidPassword) {
      input_error(kEncrypted);
    }
    input_error("the file is not a PDF that can be read (" + podofo_message(e) + ")");
  }
  if (doc.GetEncrypted()) {
    input_error(kEncrypted);
  }
}

PdfString text_string(const std::string& utf8) {
  return PdfString(reinterpret_cast<const pdf_utf8*>(utf8.c_str()));
}

PdfObject* signature_dictionary(PdfMemDocument& doc, const SignOptions& options,
                                const PdfData& beacon) {
  PdfObject* sig = doc.GetObjects().CreateObject("Sig");
  PdfDictionary& dict = sig->GetDictionary();
  dict.AddKey("Filter", PdfName("Adobe.PPKLite"));
  dict.AddKey("SubFilter", PdfName(options.signer->sub_filter()));
  dict.AddKey("M", PdfString(pdf::pdf_date(options.time)));
  if (!options.reason.empty()) dict.AddKey("Reason", text_string(options.reason));
  if (!options.location.empty()) dict.AddKey("Location", text_string(options.location));
  dict.AddKey("ByteRange", PdfVariant(PdfData(kByteRangePlaceholder)));
  // The beacon holds NUL bytes: it must be copied with its length.
  const std::string contents = "<" + beacon.data() + ">";
  dict.AddKey("Contents", PdfVariant(PdfData(contents.data(), contents.size())));
  return sig;
}

// PDF/A: the widget prints and is neither hidden nor invisible (flags 1, 2,
// 32); its other flags are the document's business.
void make_printable(PdfObject* widget) {
  const pdf_int64 flags = widget->GetIndirectKeyAsLong("F", 0);
  const pdf_int64 printable = (flags | 4) & ~static_cast<pdf_int64>(1 | 2 | 32);
  if (flags != printable) widget->GetDictionary().AddKey("F", PdfObject(printable));
}

// /SigFlags 3: the document has signatures, and changes must be appended.
// PDF/A forbids /NeedAppearances, which would let viewers redraw fields.
void mark_form_signed(PdfMemDocument& doc) {
  PdfObject* form = doc.GetCatalog()->GetIndirectKey("AcroForm");
  if (form == nullptr) throw std::logic_error("signature field without an AcroForm");
  if (form->GetIndirectKeyAsLong("SigFlags", 0) != 3) {
    form->GetDictionary().AddKey("SigFlags", PdfObject(static_cast<pdf_int64>(3)));
  }
  if (form->GetDictionary().HasKey("NeedAppearances")) {
    form->GetDictionary().RemoveKey("NeedAppearances");
  }
}

std::string digest_signed_ranges(PdfSignOutputDevice& device, const std::string& digest_name) {
  const EVP_MD* md = EVP_get_digestbyname(digest_name.c_str());
  MdCtxPtr ctx(EVP_MD_CTX_new());
  if (md == nullptr || !ctx || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1) {
    throw std::runtime_error("cannot compute " + digest_name + ": " + take_openssl_errors());
  }
  device.Seek(0);
  char buffer[65536];
  while (const std::size_t n = device.ReadForSignature(buffer, sizeof buffer)) {
    EVP_DigestUpdate(ctx.get(), buffer, n);
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned len = 0;
  EVP_DigestFinal_ex(ctx.get(), digest, &len);
  return std::string(reinterpret_cast<char*>(digest), len);
}

std::string write_signed(PdfMemDocument& doc, PdfSignOutputDevice& device,
                         PdfRefCountedBuffer& buffer, PdfOutputDevice& sink, const Signer& signer) {
  doc.WriteUpdate(&device, /*bTruncate=*/true);
  if (!device.HasSignaturePosition()) {
    throw std::logic_error("the signature placeholder was not written");
  }
  device.AdjustByteRange();
  const std::string cms = signer.sign(digest_signed_ranges(device, signer.digest_name()));
  if (cms.size() > signer.max_signature_size()) {
    throw std::logic_error("the signature is larger than the room reserved for it");
  }
  device.SetSignature(PdfData(cms.data(), cms.size()));
  device.Flush();
  return std::string(buffer.GetBuffer(), sink.GetLength());
}

}  // namespace

std::string sign_pdf(std::string_view pdf, const SignOptions& options) {
  if (options.signer == nullptr) throw std::invalid_argument("sign_pdf without a signer");
  try {
    PdfMemDocument doc;
    load(doc, pdf);
    const FormField field = prepare_target_field(doc, options);

    PdfRefCountedBuffer buffer;
    PdfOutputDevice sink(&buffer);
    PdfSignOutputDevice device(&sink);
    device.SetSignatureSize(options.signer->max_signature_size());
    PdfObject* sig = signature_dictionary(doc, options, *device.GetSignatureBeacon());
    field.field->GetDictionary().AddKey("V", sig->Reference());
    make_printable(field.widget);
    mark_form_signed(doc);
    stamp_modification_date(doc, options.time);
    return write_signed(doc, device, buffer, sink, *options.signer);
  } catch (const PdfError& e) {
    throw std::runtime_error("PDF update failed: " + podofo_message(e));
  }
}

}  // namespace gongwen::sign
