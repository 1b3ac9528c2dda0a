/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The words the notes pane and the annotation editor show for an annotation: its kind, what it is
 * attached to, a question's owner and deadline. Translated. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-annotation.h"
#include "briefing-bundle.h"

G_BEGIN_DECLS

/* "Highlight", "Note", "Question" */
const char *briefing_annotation_kind_name      (BriefingAnnotationKind  kind);
const char *briefing_annotation_kind_icon_name (BriefingAnnotationKind  kind);
/* The article's headline, "Event: …", "Demand: …" or "Whole bundle", named from @bundle
 * (nullable). (transfer full) */
char       *briefing_annotation_dup_target     (BriefingAnnotation     *annotation,
                                                BriefingBundle         *bundle);
/* A party's name when @owner is a party id of @bundle, else @owner itself. (transfer none) */
const char *briefing_annotation_owner_name     (const char             *owner,
                                                BriefingBundle         *bundle);
/* "Due 31 August 2025"; NULL without a deadline. Sets @overdue when the day has passed. */
char       *briefing_annotation_dup_due        (BriefingAnnotation     *annotation,
                                                gboolean               *overdue);

G_END_DECLS
