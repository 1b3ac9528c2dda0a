/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The annotation store's API for its second file (briefing-annotation-store-exchange.c: anchoring
 * and W3C exchange) and for the command line. */
#pragma once

#include "briefing-annotation-store.h"

G_BEGIN_DECLS

/* Merges annotations already read and checked (see briefing_annotation_w3c_parse()) by id, as
 * briefing_annotation_store_merge_w3c() does, saving once at the end. (element-type BriefingAnnotation) */
void briefing_annotation_store_merge      (BriefingAnnotationStore *self,
                                           GPtrArray               *annotations,
                                           guint                   *added,
                                           guint                   *updated);

/* Finds an article annotation's quote in @bundle's edition of the article (nothing when @bundle
 * is NULL) and sets its anchor, or marks it detached. */
void briefing_annotation_anchor_in        (BriefingAnnotation      *annotation,
                                           BriefingBundle          *bundle);

/* The edition annotations are anchored in when they are added. */
void briefing_annotation_store_set_bundle (BriefingAnnotationStore *self,
                                           BriefingBundle          *bundle);
/* While set, changes are not saved one by one; briefing_annotation_store_changed() saves them. */
void briefing_annotation_store_set_batch  (BriefingAnnotationStore *self,
                                           gboolean                 batch);
void briefing_annotation_store_changed    (BriefingAnnotationStore *self);

G_END_DECLS
