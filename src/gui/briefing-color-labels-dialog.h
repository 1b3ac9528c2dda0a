/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A small dialog to say what each annotation colour means for this bundle ("Key demand",
 * "Contradiction"…). Save writes the meanings to the store and emits "saved"; an emptied entry goes
 * back to the colour's default meaning. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-annotation-store.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_COLOR_LABELS_DIALOG (briefing_color_labels_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BriefingColorLabelsDialog, briefing_color_labels_dialog, BRIEFING, COLOR_LABELS_DIALOG, GtkWindow)

BriefingColorLabelsDialog *briefing_color_labels_dialog_new       (GtkWindow                 *parent,
                                                                   BriefingAnnotationStore   *store);
/* "store", as given. (transfer none) */
BriefingAnnotationStore   *briefing_color_labels_dialog_get_store (BriefingColorLabelsDialog *self);

G_END_DECLS
