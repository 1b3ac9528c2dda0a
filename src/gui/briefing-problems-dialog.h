/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every problem the reader found in a bundle that could not be opened, one per line with its line,
 * column and JSON path, to read and to copy. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_PROBLEMS_DIALOG (briefing_problems_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BriefingProblemsDialog, briefing_problems_dialog, BRIEFING, PROBLEMS_DIALOG, GtkWindow)

/* @problems: (element-type BriefingProblem) */
BriefingProblemsDialog *briefing_problems_dialog_new      (GtkWindow  *parent,
                                                           GFile      *file,
                                                           GPtrArray  *problems);
const char             *briefing_problems_dialog_get_text (BriefingProblemsDialog *self);

G_END_DECLS
