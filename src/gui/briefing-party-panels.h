/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The parties' demands side by side, one column per party (sides first, then mediators, hosts and
 * observers), and the convergence table, switched by the "view" property ("positions" or
 * "convergence") and the "panels.view" action. The window binds "positions" and "convergence" to
 * its session; the panels never compute them. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-bundle.h"
#include "briefing-convergence.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_PARTY_PANELS (briefing_party_panels_get_type ())

G_DECLARE_FINAL_TYPE (BriefingPartyPanels, briefing_party_panels, BRIEFING, PARTY_PANELS, GtkWidget)

GtkWidget           *briefing_party_panels_new             (void);
/* "bundle": its parties make the columns. (nullable) (transfer none) */
BriefingBundle      *briefing_party_panels_get_bundle      (BriefingPartyPanels *self);
void                 briefing_party_panels_set_bundle      (BriefingPartyPanels *self,
                                                            BriefingBundle      *bundle);
/* "positions": the demands as of the selected event; the columns follow when it is replaced.
 * (element-type BriefingPosition) (nullable) (transfer none) */
GListModel          *briefing_party_panels_get_positions   (BriefingPartyPanels *self);
void                 briefing_party_panels_set_positions   (BriefingPartyPanels *self,
                                                            GListModel          *positions);
/* "convergence": shown by the convergence view. (nullable) (transfer none) */
BriefingConvergence *briefing_party_panels_get_convergence (BriefingPartyPanels *self);
void                 briefing_party_panels_set_convergence (BriefingPartyPanels *self,
                                                            BriefingConvergence *convergence);
/* "view": "positions" or "convergence". */
const char          *briefing_party_panels_get_view        (BriefingPartyPanels *self);
void                 briefing_party_panels_set_view        (BriefingPartyPanels *self,
                                                            const char          *view);

G_END_DECLS
