/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The state of one bundle read: the bundle being built, the JSON path being read, and every
 * problem found with that path. Typed accessors read a member, check it and record a located
 * problem when it is wrong, so the reader itself says only what a bundle is. Private to the
 * readers of bundles and of annotations (briefing-annotation-w3c-parse.c, where @bundle is NULL). */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "briefing-bundle.h"
#include "briefing-json-tree.h"
#include "briefing-problem.h"
#include "briefing-util-private.h"

G_BEGIN_DECLS

typedef enum
{
  BRIEFING_READ_REQUIRED  = 1 << 0,
  BRIEFING_READ_NON_EMPTY = 1 << 1,
  /* A name, title or headline, shown on one line: at most BRIEFING_READ_MAX_LABEL characters. */
  BRIEFING_READ_LABEL     = 1 << 2,
} BriefingReadFlags;

/* Any string member is at most BRIEFING_READ_MAX_STRING bytes; labels at most
 * BRIEFING_READ_MAX_LABEL characters. Past that a file is not text for people but an attack on
 * the layout of whatever shows it. */
#define BRIEFING_READ_MAX_STRING (1024 * 1024)
#define BRIEFING_READ_MAX_LABEL  BRIEFING_LABEL_MAX_CHARS

typedef struct _BriefingReadContext BriefingReadContext;

/* Reads one object of an array; see briefing_read_context_foreach_object(). */
typedef void (*BriefingReadObjectFunc) (BriefingReadContext *ctx,
                                        JsonObject          *object,
                                        gpointer             user_data);

struct _BriefingReadContext
{
  BriefingBundle *bundle;
  GPtrArray      *problems;      /* of BriefingProblem */
  GPtrArray      *locate;        /* of GStrv: path parts of each problem still without a line, or NULL */
  GPtrArray      *path;          /* of char*: the parts of the current JSON path */
  GCancellable   *cancellable;
  guint64         max_size;
  guint           max_errors;
  guint           n_errors;
  guint           n_warnings;
  gboolean        stopped;
  volatile int   *progress;      /* ‰ of the whole read, or NULL */
  guint           items_total;   /* items of the top-level collections */
  guint           items_done;
};

/* Sets the progress of the read, in ‰, when someone follows it. */
void                 briefing_read_context_set_progress  (BriefingReadContext  *ctx,
                                                          int                   permille);

BriefingReadContext *briefing_read_context_new           (guint64               max_size,
                                                          guint                 max_errors,
                                                          GCancellable         *cancellable);
void                 briefing_read_context_free          (BriefingReadContext  *ctx);
/* Locates the problems in @data and sorts them in file order. */
void                 briefing_read_context_finish        (BriefingReadContext  *ctx,
                                                          const char           *data,
                                                          gsize                 length);
void                 briefing_read_context_set_error     (BriefingReadContext  *ctx,
                                                          GError              **error);

void                 briefing_read_context_push          (BriefingReadContext  *ctx,
                                                          const char           *member);
void                 briefing_read_context_push_index    (BriefingReadContext  *ctx,
                                                          guint                 index);
void                 briefing_read_context_pop           (BriefingReadContext  *ctx);

void                 briefing_read_context_take_problem  (BriefingReadContext  *ctx,
                                                          BriefingProblem      *problem);
void                 briefing_read_context_error         (BriefingReadContext  *ctx,
                                                          BriefingBundleError   code,
                                                          const char           *message);
void                 briefing_read_context_errorf        (BriefingReadContext  *ctx,
                                                          BriefingBundleError   code,
                                                          const char           *format,
                                                          ...) G_GNUC_PRINTF (3, 4);
void                 briefing_read_context_warningf      (BriefingReadContext  *ctx,
                                                          BriefingBundleError   code,
                                                          const char           *format,
                                                          ...) G_GNUC_PRINTF (3, 4);
void                 briefing_read_context_member_error  (BriefingReadContext  *ctx,
                                                          const char           *member,
                                                          BriefingBundleError   code,
                                                          const char           *message);
void                 briefing_read_context_member_errorf (BriefingReadContext  *ctx,
                                                          const char           *member,
                                                          BriefingBundleError   code,
                                                          const char           *format,
                                                          ...) G_GNUC_PRINTF (4, 5);
void                 briefing_read_context_missing       (BriefingReadContext  *ctx,
                                                          const char           *member);

void                 briefing_read_context_wrong_type    (BriefingReadContext  *ctx,
                                                          const char           *member,
                                                          JsonNode             *node,
                                                          const char           *expected);
JsonObject          *briefing_read_context_object        (BriefingReadContext  *ctx,
                                                          JsonNode             *node);
void                 briefing_read_context_check_members (BriefingReadContext  *ctx,
                                                          JsonObject           *object,
                                                          const char * const   *allowed);
const char          *briefing_read_context_string        (BriefingReadContext  *ctx,
                                                          JsonObject           *object,
                                                          const char           *member,
                                                          BriefingReadFlags     flags);
gboolean             briefing_read_context_int           (BriefingReadContext  *ctx,
                                                          JsonObject           *object,
                                                          const char           *member,
                                                          gint64                min,
                                                          gint64                max,
                                                          BriefingReadFlags     flags,
                                                          gint64               *value);
gboolean             briefing_read_context_enum          (BriefingReadContext  *ctx,
                                                          JsonObject           *object,
                                                          const char           *member,
                                                          GType                 enum_type,
                                                          BriefingReadFlags     flags,
                                                          int                  *value);
gboolean             briefing_read_context_date          (BriefingReadContext  *ctx,
                                                          JsonObject           *object,
                                                          const char           *member,
                                                          BriefingReadFlags     flags,
                                                          BriefingDate         *date);
gboolean             briefing_read_context_date_time     (BriefingReadContext  *ctx,
                                                          JsonObject           *object,
                                                          const char           *member,
                                                          BriefingReadFlags     flags,
                                                          BriefingDate         *date);
JsonArray           *briefing_read_context_array         (BriefingReadContext  *ctx,
                                                          JsonObject           *object,
                                                          const char           *member,
                                                          BriefingReadFlags     flags);
/* Calls @func on each object of the optional array @member, with the path set to it, until the
 * read stops or is cancelled. Elements that are not objects are reported. */
void                 briefing_read_context_foreach_object (BriefingReadContext   *ctx,
                                                           JsonObject            *object,
                                                           const char            *member,
                                                           BriefingReadObjectFunc func,
                                                           gpointer               user_data);
/* The same for @member of the top-level object of @document, building each element only when it
 * is read and freeing it after (see BriefingJsonDocument). The document's root must be an object. */
void                 briefing_read_context_foreach_element (BriefingReadContext   *ctx,
                                                            BriefingJsonDocument  *document,
                                                            const char            *member,
                                                            BriefingReadObjectFunc func,
                                                            gpointer               user_data);
/* Forgets the problems found so far, and that the read stopped: a document the check refuses
 * reports that alone. */
void                 briefing_read_context_clear_problems  (BriefingReadContext   *ctx);
/* Non-empty strings of an optional array member. (transfer container) (element-type utf8) */
GPtrArray           *briefing_read_context_strings       (BriefingReadContext  *ctx,
                                                          JsonObject           *object,
                                                          const char           *member);

/* Whether @id has the form of an item's id: letters, digits, ".", "_" and "-", starting with a
 * letter or digit, at most 64 bytes. */
gboolean             briefing_read_context_is_valid_id   (const char           *id);
/* The "id" member, checked for form (not yet for uniqueness). */
const char          *briefing_read_context_id            (BriefingReadContext  *ctx,
                                                          JsonObject           *object);
/* A member naming an item of @type already in the bundle. */
const char          *briefing_read_context_reference     (BriefingReadContext  *ctx,
                                                          JsonObject           *object,
                                                          const char           *member,
                                                          GType                 type,
                                                          BriefingReadFlags     flags);
GPtrArray           *briefing_read_context_party_refs    (BriefingReadContext  *ctx,
                                                          JsonObject           *object,
                                                          const char           *member);
GPtrArray           *briefing_read_context_event_refs    (BriefingReadContext  *ctx,
                                                          JsonObject           *object,
                                                          const char           *member);
/* Adds a party, article, event or demand to the bundle, refusing a taken id. */
void                 briefing_read_context_add           (BriefingReadContext  *ctx,
                                                          GObject              *item,
                                                          const char           *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingReadContext, briefing_read_context_free)

G_END_DECLS
