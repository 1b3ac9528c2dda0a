/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Chips: small labels with an icon for the closed vocabularies (change, stance, standing). The word
 * carries the meaning; the icon and a style class named after the value's nick repeat it, so
 * nothing rests on colour alone. Shared by the demand rows and the convergence table. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-enums.h"

G_BEGIN_DECLS

/* A box with @icon_name (may be NULL; decorative for assistive technologies) and @text. */
GtkWidget  *briefing_icon_label_new        (const char       *icon_name,
                                            const char       *text);
/* A "chip" box with @icon_name (may be NULL) and @text; @kind and the nick of @value in
 * @enum_type become style classes ("stance", "rejects"). @enum_type may be G_TYPE_NONE. */
GtkWidget  *briefing_chip_new              (const char       *icon_name,
                                            const char       *text,
                                            const char       *kind,
                                            GType             enum_type,
                                            int               value);
/* Adds the nick of @value as a style class, and removes those of the other values. */
void        briefing_chip_set_value_class  (GtkWidget        *widget,
                                            GType             enum_type,
                                            int               value);
const char *briefing_change_icon_name      (BriefingChange    change);
const char *briefing_stance_icon_name      (BriefingStance    stance);
const char *briefing_standing_icon_name    (BriefingStanding  standing);

G_END_DECLS
