/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The results of a search across the bundle, as you type: parties, events, demands and articles,
 * each with the words around the match. Activating one emits "result-activated". */
#pragma once

#include <gtk/gtk.h>

#include "briefing-search.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_SEARCH_RESULTS (briefing_search_results_get_type ())

G_DECLARE_FINAL_TYPE (BriefingSearchResults, briefing_search_results, BRIEFING, SEARCH_RESULTS, GtkWidget)

GListModel *briefing_search_results_get_results (BriefingSearchResults *self);
void        briefing_search_results_set_results (BriefingSearchResults *self,
                                                 GListModel            *results);

G_END_DECLS
