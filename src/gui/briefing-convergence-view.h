/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Issues by parties: where each party stands on each issue as of an event, so that agreement and
 * distance read at a glance, with a legend. Shows an empty state without a convergence. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-convergence.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_CONVERGENCE_VIEW (briefing_convergence_view_get_type ())

G_DECLARE_FINAL_TYPE (BriefingConvergenceView, briefing_convergence_view,
                      BRIEFING, CONVERGENCE_VIEW, GtkWidget)

GtkWidget           *briefing_convergence_view_new             (void);
/* "convergence" (nullable) (transfer none) */
BriefingConvergence *briefing_convergence_view_get_convergence (BriefingConvergenceView *self);
void                 briefing_convergence_view_set_convergence (BriefingConvergenceView *self,
                                                                BriefingConvergence     *convergence);

G_END_DECLS
