/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "briefing-search.h"

G_BEGIN_DECLS

/* A result whose snippet is a line of @text around text[@match_start, @match_end), cut at spaces,
 * with ellipses. @base is where @text starts in the article's text, -1 when it is not article
 * text. */
BriefingSearchResult *briefing_search_result_new_match (GObject            *item,
                                                        BriefingSearchKind  kind,
                                                        const char         *text,
                                                        gsize               text_len,
                                                        gssize              base,
                                                        gsize               match_start,
                                                        gsize               match_end);

G_END_DECLS
