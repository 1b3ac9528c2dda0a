/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads a bundle file into a BriefingBundle, validating it completely. Every problem found, up to
 * max-errors, is kept with its location; the GError of a failed read summarises them. One reader
 * serves one read at a time. */
#pragma once

#include <gio/gio.h>

#include "briefing-bundle.h"
#include "briefing-problem.h"

G_BEGIN_DECLS

#define BRIEFING_BUNDLE_FORMAT "briefing-bundle"
#define BRIEFING_BUNDLE_VERSION 1
#define BRIEFING_BUNDLE_DEFAULT_MAX_SIZE (G_GUINT64_CONSTANT (512) * 1024 * 1024)
#define BRIEFING_BUNDLE_DEFAULT_MAX_ERRORS 50

#define BRIEFING_TYPE_BUNDLE_READER (briefing_bundle_reader_get_type ())

G_DECLARE_FINAL_TYPE (BriefingBundleReader, briefing_bundle_reader, BRIEFING, BUNDLE_READER, GObject)

BriefingBundleReader *briefing_bundle_reader_new            (void);
guint64               briefing_bundle_reader_get_max_size   (BriefingBundleReader *self);
void                  briefing_bundle_reader_set_max_size   (BriefingBundleReader *self,
                                                             guint64               max_size);
guint                 briefing_bundle_reader_get_max_errors (BriefingBundleReader *self);
void                  briefing_bundle_reader_set_max_errors (BriefingBundleReader *self,
                                                             guint                 max_errors);

/* (transfer full) */
BriefingBundle       *briefing_bundle_reader_read_bytes     (BriefingBundleReader *self,
                                                             GBytes               *bytes,
                                                             GError              **error);
BriefingBundle       *briefing_bundle_reader_read_file      (BriefingBundleReader *self,
                                                             GFile                *file,
                                                             GCancellable         *cancellable,
                                                             GError              **error);
/* Reads @file in a thread, which also keeps the articles' newest-first order with the bundle's
 * list of them (briefing_article_order_keep()) for a window to show. */
void                  briefing_bundle_reader_read_file_async (BriefingBundleReader *self,
                                                              GFile                *file,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
BriefingBundle       *briefing_bundle_reader_read_file_finish (BriefingBundleReader *self,
                                                               GAsyncResult         *result,
                                                               GError              **error);
/* Reads @bytes in a thread as read_file_async() reads a file; @source (nullable), where they came
 * from, becomes the bundle's file. Finish with read_file_finish(). */
void                  briefing_bundle_reader_read_bytes_async (BriefingBundleReader *self,
                                                               GBytes               *bytes,
                                                               GFile                *source,
                                                               GCancellable         *cancellable,
                                                               GAsyncReadyCallback   callback,
                                                               gpointer              user_data);

/* How far the running asynchronous read has come, 0 to 1. */
double                briefing_bundle_reader_get_progress   (BriefingBundleReader *self);
/* Problems of the last read, errors and warnings in file order. (element-type BriefingProblem) */
GPtrArray            *briefing_bundle_reader_get_problems   (BriefingBundleReader *self);
guint                 briefing_bundle_reader_get_n_errors   (BriefingBundleReader *self);

G_END_DECLS
