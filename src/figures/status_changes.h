#pragma once
// Month-on-month change: every organisation whose status changed (old -> new), and those
// that entered or left the briefing, as a table-like figure of status chips. Each chip
// carries its status in words and each row says "better"/"worse", so colour is never the
// only carrier of meaning. Without a previous export the figure says so.
#include <optional>
#include <string>
#include <vector>

#include "draw/canvas.h"
#include "figures/chrome.h"
#include "figures/figure.h"

namespace dspt::figures {

using ChangeKind = curate::ChangeKind;  // decided once, in curation

struct ChipLayout {
    draw::Rect box;
    std::string text;
    std::optional<curate::Status> status;  // nullopt: an outlined "Entered"/"Left" chip
};

struct ChangeRowLayout {
    ChangeKind kind = ChangeKind::Better;
    draw::Rect row;
    std::string sector_text;                    // "Trust", "ICB", "CSU"
    std::string name;                           // possibly ellipsized
    draw::Rect sector_box, name_box, note_box;  // text boxes
    ChipLayout from, to;
    draw::Point arrow_from, arrow_to;
    std::string note;  // "better", "worse", "" for entered/left
};

struct HeadingLayout {
    draw::Rect box;
    std::string text;  // "Changed status (5)"
};

struct StatusChangesLayout {
    ChromeLayout chrome;
    std::string summary;  // "5 changed status (3 better, 2 worse) · 4 entered · 1 left"
    draw::Rect summary_box;
    struct MessageLine {
        std::string text;
        draw::Rect box;
        bool lead = false;  // the first paragraph: bold, body size
    };
    std::vector<MessageLine> message;  // when there is nothing to list
    int columns = 1;
    double text_size = 0;
    std::vector<HeadingLayout> headings;
    std::vector<ChangeRowLayout> rows;
    std::string overflow;  // "… and 12 more: see the changes table", empty when all fit
    draw::Rect overflow_box;
};

ChromeText status_changes_text(const curate::BriefingData& data);
StatusChangesLayout layout_status_changes(const draw::Canvas& canvas, const draw::Rect& frame,
                                          const FigureInputs& inputs);
void draw_status_changes(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs);

}  // namespace dspt::figures
