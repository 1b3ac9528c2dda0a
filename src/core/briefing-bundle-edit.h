/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Editing a bundle: every function checks that the bundle stays valid — what the reader would
 * refuse is refused here, with a message naming the item — then makes the change, which the
 * bundle's GListModels announce by "items-changed", and records it as one undo step of @document
 * (several in one step between briefing_document_begin_group() and _end_group()).
 *
 * Items are never changed in place: "change" puts @changed (same type and id, usually made with
 * briefing_*_copy() from briefing-model-copy.h) where the item was. Items given to these functions
 * belong to the bundle afterwards and must not be changed. Outcomes are changed through their
 * event, responses through their demand: the event or demand is replaced by a copy.
 *
 * Removing an item that others refer to (a party that takes part in an event or states a demand, an
 * event where a demand was stated or answered, an article that is cited) is refused, and the error
 * names what still refers to it: the user decides what happens to those. */
#pragma once

#include "briefing-document.h"
#include "briefing-model-copy.h"

G_BEGIN_DECLS

#define BRIEFING_EDIT_ERROR (briefing_edit_error_quark ())

typedef enum
{
  BRIEFING_EDIT_ERROR_INVALID,       /* the item would make the bundle invalid */
  BRIEFING_EDIT_ERROR_DUPLICATE_ID,  /* another item has its id */
  BRIEFING_EDIT_ERROR_NOT_FOUND,     /* the bundle does not hold the item */
  BRIEFING_EDIT_ERROR_IN_USE,        /* other items refer to it */
} BriefingEditError;

GQuark      briefing_edit_error_quark           (void);

/* An id no item of the bundle has, made from @text ("Istanbul round 2" → "istanbul-round-2"),
 * with @prefix ("ev-") before it; NULL @text gives the prefix and a number. */
char       *briefing_document_dup_free_id       (BriefingDocument  *self,
                                                 const char        *prefix,
                                                 const char        *text);
/* The events and demands that refer to @item (a party, an event or an article), in bundle order.
 * (element-type GObject) (transfer container) */
GPtrArray  *briefing_document_dup_referrers     (BriefingDocument  *self,
                                                 GObject           *item);
/* The words a user reads for @item: a party's name, an event's title, a demand's text. */
const char *briefing_document_item_get_label    (GObject           *item);

gboolean    briefing_document_set_title         (BriefingDocument  *self,
                                                 const char        *title,
                                                 GError           **error);

gboolean    briefing_document_add_party         (BriefingDocument  *self,
                                                 BriefingParty     *party,
                                                 GError           **error);
gboolean    briefing_document_change_party      (BriefingDocument  *self,
                                                 BriefingParty     *party,
                                                 BriefingParty     *changed,
                                                 GError           **error);
gboolean    briefing_document_remove_party      (BriefingDocument  *self,
                                                 BriefingParty     *party,
                                                 GError           **error);

gboolean    briefing_document_add_article       (BriefingDocument  *self,
                                                 BriefingArticle   *article,
                                                 GError           **error);
gboolean    briefing_document_remove_article    (BriefingDocument  *self,
                                                 BriefingArticle   *article,
                                                 GError           **error);

gboolean    briefing_document_add_event         (BriefingDocument  *self,
                                                 BriefingEvent     *event,
                                                 GError           **error);
gboolean    briefing_document_change_event      (BriefingDocument  *self,
                                                 BriefingEvent     *event,
                                                 BriefingEvent     *changed,
                                                 GError           **error);
gboolean    briefing_document_remove_event      (BriefingDocument  *self,
                                                 BriefingEvent     *event,
                                                 GError           **error);

/* Outcomes of @event, by index; @event is replaced by a copy holding the change. */
gboolean    briefing_document_add_outcome       (BriefingDocument  *self,
                                                 BriefingEvent     *event,
                                                 BriefingOutcome   *outcome,
                                                 GError           **error);
gboolean    briefing_document_change_outcome    (BriefingDocument  *self,
                                                 BriefingEvent     *event,
                                                 guint              index,
                                                 BriefingOutcome   *changed,
                                                 GError           **error);
gboolean    briefing_document_remove_outcome    (BriefingDocument  *self,
                                                 BriefingEvent     *event,
                                                 guint              index,
                                                 GError           **error);

gboolean    briefing_document_add_demand        (BriefingDocument  *self,
                                                 BriefingDemand    *demand,
                                                 GError           **error);
gboolean    briefing_document_change_demand     (BriefingDocument  *self,
                                                 BriefingDemand    *demand,
                                                 BriefingDemand    *changed,
                                                 GError           **error);
gboolean    briefing_document_remove_demand     (BriefingDocument  *self,
                                                 BriefingDemand    *demand,
                                                 GError           **error);

/* Responses to @demand, by index; @demand is replaced by a copy holding the change. */
gboolean    briefing_document_add_response      (BriefingDocument  *self,
                                                 BriefingDemand    *demand,
                                                 BriefingResponse  *response,
                                                 GError           **error);
gboolean    briefing_document_change_response   (BriefingDocument  *self,
                                                 BriefingDemand    *demand,
                                                 guint              index,
                                                 BriefingResponse  *changed,
                                                 GError           **error);
gboolean    briefing_document_remove_response   (BriefingDocument  *self,
                                                 BriefingDemand    *demand,
                                                 guint              index,
                                                 GError           **error);

/* A citation of the words @start..@end (bytes) of @article, with up to 32 characters of context
 * on either side so that it finds its place again. (transfer full) */
BriefingCitation *briefing_citation_new_for_range (BriefingArticle *article,
                                                   gsize            start,
                                                   gsize            end);

G_END_DECLS
