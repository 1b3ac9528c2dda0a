/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the user is looking at in one window: the bundle, the selected event, the open article and
 * the quote shown in it, the search query, and the visible span of the timeline. Every view binds
 * to the session and none talks to another: selecting an event is one property change here. */
#pragma once

#include <gio/gio.h>

#include "briefing-annotation-store.h"
#include "briefing-bundle.h"
#include "briefing-convergence.h"
#include "briefing-search.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_SESSION (briefing_session_get_type ())

G_DECLARE_FINAL_TYPE (BriefingSession, briefing_session, BRIEFING, SESSION, GObject)

BriefingSession     *briefing_session_new                  (void);

/* "bundle": setting it clears the selection and the search, and rebuilds the derived models. */
BriefingBundle      *briefing_session_get_bundle           (BriefingSession *self);
void                 briefing_session_set_bundle           (BriefingSession *self,
                                                            BriefingBundle  *bundle);

/* "annotations" (nullable): the user's annotations of the bundle, set by the window. */
BriefingAnnotationStore *briefing_session_get_annotations (BriefingSession *self);
void                 briefing_session_set_annotations     (BriefingSession         *self,
                                                           BriefingAnnotationStore *annotations);
/* "timeline-events": the bundle's events and, as deadlines, the open questions that have one.
 * (element-type BriefingEvent) */
GListModel          *briefing_session_get_timeline_events (BriefingSession *self);
/* The open question a timeline event stands for, or NULL for the bundle's own events. */
BriefingAnnotation  *briefing_session_get_question_for_event (BriefingSession *self,
                                                              BriefingEvent   *event);

/* "selected-event" (nullable): the event whose positions the panels show; NULL shows the latest. */
BriefingEvent       *briefing_session_get_selected_event   (BriefingSession *self);
void                 briefing_session_set_selected_event   (BriefingSession *self,
                                                            BriefingEvent   *event);

/* "positions": the demands as of the selected event (see briefing_positions_at()); replaced, not
 * changed in place, when the bundle or the selection changes. (element-type BriefingPosition) */
GListModel          *briefing_session_get_positions        (BriefingSession *self);
/* "convergence": issues by parties as of the selected event; NULL without a bundle. */
BriefingConvergence *briefing_session_get_convergence      (BriefingSession *self);

/* "selected-article" (nullable) and the quote shown in it: "quote-start"/"quote-end" are byte
 * offsets in the article's text, -1 when no quote is shown. */
BriefingArticle     *briefing_session_get_selected_article (BriefingSession *self);
void                 briefing_session_set_selected_article (BriefingSession *self,
                                                            BriefingArticle *article);
gint64               briefing_session_get_quote_start      (BriefingSession *self);
gint64               briefing_session_get_quote_end        (BriefingSession *self);
/* Opens the article of @citation and shows its quote. FALSE when it cannot be resolved. */
gboolean             briefing_session_show_citation        (BriefingSession *self,
                                                            BriefingCitation *citation);
/* Opens @article with the byte range @start..@end shown (both -1 for none). */
void                 briefing_session_show_quote           (BriefingSession *self,
                                                            BriefingArticle *article,
                                                            gint64           start,
                                                            gint64           end);

/* "search-query" and "search-results" (element-type BriefingSearchResult; empty for an empty
 * query). Results arrive asynchronously; a new query cancels the one before it. */
const char          *briefing_session_get_search_query     (BriefingSession *self);
void                 briefing_session_set_search_query     (BriefingSession *self,
                                                            const char      *query);
GListModel          *briefing_session_get_search_results   (BriefingSession *self);
void                 briefing_session_show_search_result   (BriefingSession      *self,
                                                            BriefingSearchResult *result);
/* "searching": TRUE while a query or the index build is running. */
gboolean             briefing_session_get_searching        (BriefingSession *self);

G_END_DECLS
