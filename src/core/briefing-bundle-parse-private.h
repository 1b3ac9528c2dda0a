/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a version 1 bundle is, read part by part into a BriefingReadContext: the top level, parties
 * and articles (briefing-bundle-parse.c), events and demands (briefing-event-parse.c), citations
 * and disputes (briefing-citation-parse.c). Private to the reader. */
#pragma once

#include "briefing-reader-context-private.h"

G_BEGIN_DECLS

/* Checks and reads @data; NULL when it is not a valid bundle (the problems are in @ctx). */
BriefingBundle  *briefing_bundle_parse    (BriefingReadContext *ctx,
                                           const char          *data,
                                           gsize                length);
/* BriefingReadObjectFuncs for the items of "events" and "demands". */
void             briefing_parse_event     (BriefingReadContext *ctx,
                                           JsonObject          *object,
                                           gpointer             user_data);
void             briefing_parse_demand    (BriefingReadContext *ctx,
                                           JsonObject          *object,
                                           gpointer             user_data);
/* The array member @name of citations; NULL when absent. (transfer full) */
GPtrArray       *briefing_parse_citations (BriefingReadContext *ctx,
                                           JsonObject          *object,
                                           const char          *name,
                                           guint                min_items);
/* The optional "disputed" member; NULL when absent or invalid. (transfer full) */
BriefingDispute *briefing_parse_disputed  (BriefingReadContext *ctx,
                                           JsonObject          *object);

/* Hands every citation of a (transfer full) array from briefing_parse_citations() to @add_func. */
#define BRIEFING_ADD_CITATIONS(citations, owner, add_func)          \
  G_STMT_START {                                                    \
    g_autoptr(GPtrArray) _list = (citations);                       \
    for (guint _i = 0; _list != NULL && _i < _list->len; _i++)      \
      add_func ((owner), _list->pdata[_i]);                         \
  } G_STMT_END

G_END_DECLS
