#include "pdf/font_cache.h"

#include <tuple>

namespace gongwen::pdf {

bool FontProgramCache::Key::operator<(const Key& other) const {
  return std::tie(path, face_index, glyphs, without_text) <
         std::tie(other.path, other.face_index, other.glyphs, other.without_text);
}

std::shared_ptr<const PreparedFont> FontProgramCache::get(
    const display::Font& font, const std::set<std::uint32_t>& glyphs,
    const std::set<std::uint32_t>& without_text, const std::function<PreparedFont()>& make) {
  Key key{font.path, font.face_index, glyphs, without_text};
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = programs_.find(key); it != programs_.end()) return it->second;
  }
  auto made = std::make_shared<const PreparedFont>(make());
  const std::lock_guard<std::mutex> lock(mutex_);
  auto [it, fresh] = programs_.emplace(key, made);
  if (fresh && per_font_ > 0) {
    std::deque<Key>& kept = order_[{font.path, font.face_index}];
    kept.push_back(std::move(key));
    if (kept.size() > per_font_) {
      programs_.erase(kept.front());
      kept.pop_front();
    }
  }
  return it->second;
}

}  // namespace gongwen::pdf
