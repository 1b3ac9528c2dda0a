/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A thin bar in a party's own colour, the one colour Briefing takes from the data. It is an accent
 * beside the party's name, never a background for text; without a colour it keeps the theme's
 * neutral look. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_PARTY_STRIPE (briefing_party_stripe_get_type ())

G_DECLARE_FINAL_TYPE (BriefingPartyStripe, briefing_party_stripe, BRIEFING, PARTY_STRIPE, GtkWidget)

GtkWidget  *briefing_party_stripe_new       (const char          *color);
/* "#rrggbb" as the bundle gives it, or NULL. */
const char *briefing_party_stripe_get_color (BriefingPartyStripe *self);
void        briefing_party_stripe_set_color (BriefingPartyStripe *self,
                                             const char          *color);

G_END_DECLS
