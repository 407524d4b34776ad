// The generic document kind: title, body blocks, signature, metadata.
// Internal to the model module.
#pragma once

#include <string>

#include "model/document/document.h"
#include "model/yaml/yaml_fields.h"

namespace gongwen::model {

Document read_generic_document(const YamlSource& src);

// {agency, date, seal}; also sets `iso_date` from the date.
Signature read_signature(const YamlSource& src, const Field& field, std::string& iso_date);

// A style name as given by `style:` (a file name under styles/, no path).
std::string read_style_name(const YamlSource& src, const Field& field);

}  // namespace gongwen::model
