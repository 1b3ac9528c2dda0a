/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The JSON of annotations: each annotation as a W3C Web Annotation, the AnnotationCollection they
 * are exchanged in, and the store file that keeps them. Written by briefing-annotation-w3c.c, read
 * by briefing-annotation-w3c-parse.c; whatever is written reads back equal. Private to the
 * annotation store, the command line and the briefing exports. */
#pragma once

#include <json-glib/json-glib.h>

#include "briefing-annotation.h"

G_BEGIN_DECLS

#define BRIEFING_W3C_SOURCE_PREFIX "urn:briefing:"

/* A store file larger than this is not read (nor written). */
#define BRIEFING_ANNOTATIONS_MAX_SIZE ((gsize) 64 * 1024 * 1024)

/* "highlighting", "commenting" or "questioning". */
const char *briefing_annotation_w3c_motivation    (BriefingAnnotationKind  kind);

/* One annotation as a W3C Web Annotation object, without "@context" (the document holding it says
 * what "briefing:" stands for). The briefing exports add it to their own documents. */
JsonNode   *briefing_annotation_w3c_to_json       (BriefingAnnotation     *annotation,
                                                   const char             *bundle_id);

/* The store file: {"format", "version", "bundle", "labels", "annotations"}. @labels maps a colour
 * to the meaning the user gave it. Pretty-printed, ends with a newline. */
char       *briefing_annotation_w3c_store_to_data (GListModel             *annotations,
                                                   const char             *bundle_id,
                                                   GHashTable             *labels,
                                                   gsize                  *length);
/* Checks and reads a store file. Returns the annotations (element-type BriefingAnnotation) and
 * fills @labels; NULL with @error (the first problem, "LINE:COLUMN: PATH: message") when anything
 * in it is wrong. */
GPtrArray  *briefing_annotation_w3c_store_parse   (const char             *data,
                                                   gsize                   length,
                                                   const char             *bundle_id,
                                                   GHashTable             *labels,
                                                   GError                **error);

/* The exchange document: an AnnotationCollection with one AnnotationPage. @label is nullable. */
JsonNode   *briefing_annotation_w3c_collection    (GListModel             *annotations,
                                                   const char             *bundle_id,
                                                   const char             *label);
/* Reads a collection, a single Annotation or an array of them, all of @bundle_id, from a parsed
 * document. NULL with @error naming the path of the first problem. (element-type BriefingAnnotation) */
GPtrArray  *briefing_annotation_w3c_read          (JsonNode               *root,
                                                   const char             *bundle_id,
                                                   GError                **error);
/* The same from the bytes of a file, with the line and column in the error. */
GPtrArray  *briefing_annotation_w3c_parse         (const char             *data,
                                                   gsize                   length,
                                                   const char             *bundle_id,
                                                   GError                **error);

G_END_DECLS
