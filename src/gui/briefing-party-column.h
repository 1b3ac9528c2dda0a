/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One party's demands as of an event: a header with its name, role and colour, and a list of its
 * positions filtered from the "positions" model the panels share among their columns. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-bundle.h"
#include "briefing-party.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_PARTY_COLUMN (briefing_party_column_get_type ())

G_DECLARE_FINAL_TYPE (BriefingPartyColumn, briefing_party_column, BRIEFING, PARTY_COLUMN, GtkWidget)

GtkWidget     *briefing_party_column_new           (BriefingParty       *party);
/* "party" (nullable) (transfer none) */
BriefingParty *briefing_party_column_get_party     (BriefingPartyColumn *self);
void           briefing_party_column_set_party     (BriefingPartyColumn *self,
                                                    BriefingParty       *party);
/* "positions": every party's positions; the column shows its party's.
 * (element-type BriefingPosition) (nullable) (transfer none) */
GListModel    *briefing_party_column_get_positions (BriefingPartyColumn *self);
void           briefing_party_column_set_positions (BriefingPartyColumn *self,
                                                    GListModel          *positions);
/* "bundle": where the rows look up party names and article headlines. (nullable) (transfer none) */
BriefingBundle *briefing_party_column_get_bundle   (BriefingPartyColumn *self);
void           briefing_party_column_set_bundle    (BriefingPartyColumn *self,
                                                    BriefingBundle      *bundle);
/* "n-demands": how many of the party's positions the column lists. */
guint          briefing_party_column_get_n_demands (BriefingPartyColumn *self);

G_END_DECLS
