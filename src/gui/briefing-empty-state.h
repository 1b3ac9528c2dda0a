/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a window shows with no bundle open: what Briefing is for, how to open a bundle or the
 * sample, and the bundles opened recently (each opens with "win.open-uri"). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_EMPTY_STATE (briefing_empty_state_get_type ())

G_DECLARE_FINAL_TYPE (BriefingEmptyState, briefing_empty_state, BRIEFING, EMPTY_STATE, GtkWidget)

/* (element-type GtkStringObject): URIs, newest first */
void briefing_empty_state_set_recent (BriefingEmptyState *self,
                                      GListModel         *recent);

G_END_DECLS
