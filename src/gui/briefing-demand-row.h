/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One demand as of an event, as a row of a party column: its words, its issue, how it changed,
 * each other party's latest answer, and a button per citation that opens the quote through the
 * "win.show-quote" action. Rows are recycled by the column's list view. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-bundle.h"
#include "briefing-position.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_DEMAND_ROW (briefing_demand_row_get_type ())

G_DECLARE_FINAL_TYPE (BriefingDemandRow, briefing_demand_row, BRIEFING, DEMAND_ROW, GtkWidget)

GtkWidget        *briefing_demand_row_new          (void);
/* "position" (nullable) (transfer none) */
BriefingPosition *briefing_demand_row_get_position (BriefingDemandRow *self);
void              briefing_demand_row_set_position (BriefingDemandRow *self,
                                                    BriefingPosition  *position);
/* "bundle": where party names and article headlines are looked up. (nullable) (transfer none) */
BriefingBundle   *briefing_demand_row_get_bundle   (BriefingDemandRow *self);
void              briefing_demand_row_set_bundle   (BriefingDemandRow *self,
                                                    BriefingBundle    *bundle);

G_END_DECLS
