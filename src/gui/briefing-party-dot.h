/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A small round swatch in a party's own colour, drawn beside the party's name wherever parties
 * are listed. It only decorates: the name next to it says which party it is. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_PARTY_DOT (briefing_party_dot_get_type ())

G_DECLARE_FINAL_TYPE (BriefingPartyDot, briefing_party_dot, BRIEFING, PARTY_DOT, GtkWidget)

GtkWidget  *briefing_party_dot_new       (const char       *color);
/* "color": "#rrggbb" or NULL; without a colour the dot is drawn in a neutral theme colour. */
const char *briefing_party_dot_get_color (BriefingPartyDot *self);
void        briefing_party_dot_set_color (BriefingPartyDot *self,
                                          const char       *color);

G_END_DECLS
