/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-bundle-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "briefing-article-order.h"
#include "briefing-bundle-reader.h"
#include "briefing-error.h"
#include "briefing-bundle-parse-private.h"

struct _BriefingBundleReader
{
  GObject    parent_instance;

  guint64    max_size;
  guint      max_errors;
  GPtrArray *problems;  /* of BriefingProblem, from the last read */
  guint      n_errors;
  GTask     *task;      /* the read running in a thread, for its progress */
};

G_DEFINE_FINAL_TYPE (BriefingBundleReader, briefing_bundle_reader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAX_SIZE,
  PROP_MAX_ERRORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static BriefingBundle *
read_with_context (guint64               max_size,
                   guint                 max_errors,
                   GBytes               *bytes,
                   GFile                *file,
                   volatile int         *progress,
                   GCancellable         *cancellable,
                   GPtrArray           **problems,
                   guint                *n_errors,
                   GError              **error)
{
  g_autoptr(BriefingReadContext) ctx = NULL;
  g_autoptr(BriefingBundle) bundle = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  ctx = briefing_read_context_new (max_size, max_errors, cancellable);
  ctx->progress = progress;
  bundle = briefing_bundle_parse (ctx, data != NULL ? data : "", length);
  briefing_read_context_finish (ctx, data, length);

  *problems = g_ptr_array_ref (ctx->problems);
  *n_errors = ctx->n_errors;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (bundle == NULL)
    {
      briefing_read_context_set_error (ctx, error);
      return NULL;
    }

  if (file != NULL)
    briefing_bundle_set_file (bundle, file);

  return g_steal_pointer (&bundle);
}

/* Loading the file */

/* Loading reports up to this share of the progress; reading the JSON the rest. */
#define LOAD_SHARE 300
#define CHUNK_SIZE (1024 * 1024)

static GBytes *
load_file (GFile         *file,
           guint64        max_size,
           volatile int  *progress,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GByteArray) contents = NULL;
  guint64 size;

  /* Refuse an oversized file before reading a byte of it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    goto fail;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_IO,
                           _("this is a folder, not a bundle file"));
      return NULL;
    }
  size = g_file_info_get_size (info);
  if (size > max_size)
    goto too_large;
  size = MAX (size, 1);

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    goto fail;

  /* Read in chunks: the cap holds even for files whose size is not known in advance (pipes,
   * devices), and the progress moves. */
  contents = g_byte_array_sized_new (MIN (size, max_size) + 1);
  for (;;)
    {
      gsize offset = contents->len;
      gssize n;

      g_byte_array_set_size (contents, offset + CHUNK_SIZE);
      n = g_input_stream_read (G_INPUT_STREAM (stream), contents->data + offset, CHUNK_SIZE, cancellable,
                               &local_error);
      if (n < 0)
        goto fail;
      g_byte_array_set_size (contents, offset + n);
      if (n == 0)
        break;
      if (contents->len > max_size)
        {
          size = contents->len;
          goto too_large;
        }
      if (progress != NULL)
        g_atomic_int_set (progress, MIN (LOAD_SHARE, (guint64) contents->len * LOAD_SHARE / size));
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));

too_large:
  {
    g_autofree char *size_text = g_format_size (size);
    g_autofree char *limit = g_format_size (max_size);

    if (contents != NULL)
      g_set_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_TOO_LARGE,
                   /* Translators: %s is a size such as "512 MB" */
                   _("the file is too large (over the limit of %s)"), limit);
    else
      g_set_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_TOO_LARGE,
                   _("the file is too large (%s; the limit is %s)"), size_text, limit);
    return NULL;
  }

fail:
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error_literal (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_IO, local_error->message);
  return NULL;
}

static void
set_problems (BriefingBundleReader *self,
              GPtrArray            *problems,
              guint                 n_errors)
{
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = problems;
  self->n_errors = n_errors;
}

/* Problems of an I/O failure, so callers read every failure the same way. */
static void
set_io_problem (BriefingBundleReader *self,
                const GError         *error)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);

  g_ptr_array_add (problems, briefing_problem_new (BRIEFING_PROBLEM_ERROR, error->code, "", 0, 0,
                                                   error->message));
  set_problems (self, problems, 1);
}

typedef struct
{
  GFile     *file;
  GBytes    *bytes;     /* read from memory instead of loading @file */
  guint64    max_size;
  guint      max_errors;
  GPtrArray *problems;
  guint      n_errors;
  int        progress;  /* ‰, atomic */
} ReadTaskData;

static void
read_task_data_free (ReadTaskData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static void
read_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ReadTaskData *data = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  BriefingBundle *bundle;

  if (data->bytes != NULL)
    {
      bytes = g_bytes_ref (data->bytes);
      if (g_bytes_get_size (bytes) > data->max_size)
        {
          g_autofree char *size_text = g_format_size (g_bytes_get_size (bytes));
          g_autofree char *limit = g_format_size (data->max_size);

          g_task_return_new_error (task, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_TOO_LARGE,
                                   _("the file is too large (%s; the limit is %s)"), size_text, limit);
          return;
        }
    }
  else
    bytes = load_file (data->file, data->max_size, &data->progress, cancellable, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  bundle = read_with_context (data->max_size, data->max_errors, bytes, data->file, &data->progress, cancellable, &data->problems,
                              &data->n_errors, &error);
  if (bundle == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Read on a thread, for a window: the article list's order is worked out here too, which on
   * the window's thread would hold it up (11 ms for 22 600 articles). */
  briefing_article_order_keep (briefing_bundle_get_articles (bundle));
  g_task_return_pointer (task, bundle, g_object_unref);
}

/* GObject */

static void
briefing_bundle_reader_finalize (GObject *object)
{
  BriefingBundleReader *self = (BriefingBundleReader *) object;

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_object (&self->task);

  G_OBJECT_CLASS (briefing_bundle_reader_parent_class)->finalize (object);
}

static void
briefing_bundle_reader_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  BriefingBundleReader *self = BRIEFING_BUNDLE_READER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;
    case PROP_MAX_ERRORS:
      g_value_set_uint (value, self->max_errors);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_bundle_reader_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  BriefingBundleReader *self = BRIEFING_BUNDLE_READER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      briefing_bundle_reader_set_max_size (self, g_value_get_uint64 (value));
      break;
    case PROP_MAX_ERRORS:
      briefing_bundle_reader_set_max_errors (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_bundle_reader_class_init (BriefingBundleReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_bundle_reader_finalize;
  object_class->get_property = briefing_bundle_reader_get_property;
  object_class->set_property = briefing_bundle_reader_set_property;

  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         1, G_MAXUINT64, BRIEFING_BUNDLE_DEFAULT_MAX_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_ERRORS] =
    g_param_spec_uint ("max-errors", NULL, NULL,
                       1, G_MAXUINT, BRIEFING_BUNDLE_DEFAULT_MAX_ERRORS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_bundle_reader_init (BriefingBundleReader *self)
{
  self->max_size = BRIEFING_BUNDLE_DEFAULT_MAX_SIZE;
  self->max_errors = BRIEFING_BUNDLE_DEFAULT_MAX_ERRORS;
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);
}

/* Public API */

BriefingBundleReader *
briefing_bundle_reader_new (void)
{
  return g_object_new (BRIEFING_TYPE_BUNDLE_READER, NULL);
}

guint64
briefing_bundle_reader_get_max_size (BriefingBundleReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), 0);

  return self->max_size;
}

void
briefing_bundle_reader_set_max_size (BriefingBundleReader *self,
                                     guint64               max_size)
{
  g_return_if_fail (BRIEFING_IS_BUNDLE_READER (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size == max_size)
    return;

  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

guint
briefing_bundle_reader_get_max_errors (BriefingBundleReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), 0);

  return self->max_errors;
}

void
briefing_bundle_reader_set_max_errors (BriefingBundleReader *self,
                                       guint                 max_errors)
{
  g_return_if_fail (BRIEFING_IS_BUNDLE_READER (self));
  g_return_if_fail (max_errors > 0);

  if (self->max_errors == max_errors)
    return;

  self->max_errors = max_errors;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_ERRORS]);
}

BriefingBundle *
briefing_bundle_reader_read_bytes (BriefingBundleReader *self,
                                   GBytes               *bytes,
                                   GError              **error)
{
  GPtrArray *problems = NULL;
  guint n_errors = 0;
  BriefingBundle *bundle;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bundle = read_with_context (self->max_size, self->max_errors, bytes, NULL, NULL, NULL, &problems, &n_errors, error);
  set_problems (self, problems, n_errors);

  return bundle;
}

BriefingBundle *
briefing_bundle_reader_read_file (BriefingBundleReader *self,
                                  GFile                *file,
                                  GCancellable         *cancellable,
                                  GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  GPtrArray *problems = NULL;
  guint n_errors = 0;
  BriefingBundle *bundle;
  GError *local_error = NULL;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = load_file (file, self->max_size, NULL, cancellable, &local_error);
  if (bytes == NULL)
    {
      set_io_problem (self, local_error);
      g_propagate_error (error, local_error);
      return NULL;
    }

  bundle = read_with_context (self->max_size, self->max_errors, bytes, file, NULL, cancellable, &problems, &n_errors, error);
  set_problems (self, problems, n_errors);

  return bundle;
}

void
briefing_bundle_reader_read_file_async (BriefingBundleReader *self,
                                        GFile                *file,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadTaskData *data;

  g_return_if_fail (BRIEFING_IS_BUNDLE_READER (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (ReadTaskData, 1);
  data->file = g_object_ref (file);
  data->max_size = self->max_size;
  data->max_errors = self->max_errors;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, briefing_bundle_reader_read_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) read_task_data_free);
  g_set_object (&self->task, task);
  g_task_run_in_thread (task, read_file_thread);
}

/* Reads a bundle already in memory — fetched from the web, say — in a thread, as read_file_async()
 * reads a file: the same checks, problems and progress. @source, when given, is where the bytes
 * came from; it becomes the bundle's file. Finish with read_file_finish(). */
void
briefing_bundle_reader_read_bytes_async (BriefingBundleReader *self,
                                         GBytes               *bytes,
                                         GFile                *source,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadTaskData *data;

  g_return_if_fail (BRIEFING_IS_BUNDLE_READER (self));
  g_return_if_fail (bytes != NULL);
  g_return_if_fail (source == NULL || G_IS_FILE (source));

  data = g_new0 (ReadTaskData, 1);
  data->bytes = g_bytes_ref (bytes);
  data->file = source != NULL ? g_object_ref (source) : NULL;
  data->max_size = self->max_size;
  data->max_errors = self->max_errors;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, briefing_bundle_reader_read_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) read_task_data_free);
  g_set_object (&self->task, task);
  g_task_run_in_thread (task, read_file_thread);
}

BriefingBundle *
briefing_bundle_reader_read_file_finish (BriefingBundleReader *self,
                                         GAsyncResult         *result,
                                         GError              **error)
{
  ReadTaskData *data;
  BriefingBundle *bundle;
  GError *local_error = NULL;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  data = g_task_get_task_data (G_TASK (result));
  bundle = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (self->task == G_TASK (result))
    g_clear_object (&self->task);

  if (data->problems != NULL)
    set_problems (self, g_steal_pointer (&data->problems), data->n_errors);
  else if (local_error != NULL)
    set_io_problem (self, local_error);

  if (local_error != NULL)
    g_propagate_error (error, local_error);

  return bundle;
}

/* How far the running read_file_async() has come, from 0 to 1; 0 when none runs. Safe to poll from
 * the main thread while the read runs in its own. */
double
briefing_bundle_reader_get_progress (BriefingBundleReader *self)
{
  ReadTaskData *data;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), 0);

  if (self->task == NULL)
    return 0;

  data = g_task_get_task_data (self->task);
  return g_atomic_int_get (&data->progress) / 1000.0;
}

GPtrArray *
briefing_bundle_reader_get_problems (BriefingBundleReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), NULL);

  return self->problems;
}

guint
briefing_bundle_reader_get_n_errors (BriefingBundleReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), 0);

  return self->n_errors;
}
