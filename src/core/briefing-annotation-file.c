/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-annotation-file"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "briefing-annotation-file-private.h"
#include "briefing-annotation-w3c-private.h"
#include "briefing-error.h"
#include "briefing-save-file-private.h"

#define DEFAULT_SAVE_DELAY 500

struct _BriefingAnnotationFile
{
  GObject                        parent_instance;

  char                          *path;
  char                          *dir;
  char                          *save_error;
  BriefingAnnotationSnapshotFunc snapshot;
  gpointer                       snapshot_data;

  guint                          save_delay;
  guint                          save_source;
  guint64                        generation;        /* counts changes */
  guint64                        saved_generation;  /* the newest generation on disk */
  guint                          dirty : 1;
  guint                          saving : 1;        /* a write runs in a thread */
  guint                          read_only : 1;     /* the file could not be read nor moved aside */

  /* Writes happen one at a time, and an older state never replaces a newer one. */
  GMutex                         write_lock;
  guint64                        written_generation;
};

G_DEFINE_FINAL_TYPE (BriefingAnnotationFile, briefing_annotation_file, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIRTY,
  PROP_SAVE_DELAY,
  PROP_SAVE_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  char    *data;
  gsize    length;
  guint64  generation;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_free (job->data);
  g_free (job);
}

static void
update_dirty (BriefingAnnotationFile *self)
{
  gboolean dirty = self->generation != self->saved_generation;

  if (self->dirty == (guint) dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
set_save_error (BriefingAnnotationFile *self,
                const char             *message)
{
  if (g_strcmp0 (self->save_error, message) == 0)
    return;

  g_free (self->save_error);
  self->save_error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

static void
saved (BriefingAnnotationFile *self,
       guint64                 generation)
{
  self->saved_generation = MAX (self->saved_generation, generation);
  set_save_error (self, NULL);
  update_dirty (self);
}

static void
save_failed (BriefingAnnotationFile *self,
             const GError           *error)
{
  g_autofree char *message = NULL;

  /* Translators: the first %s is a file, the second the reason */
  message = g_strdup_printf (_("Annotations could not be saved to “%s”: %s"), self->path, error->message);
  g_message ("%s", message);
  set_save_error (self, message);
}

static gboolean
write_file_locked (BriefingAnnotationFile  *self,
                   const char              *data,
                   gsize                    length,
                   guint64                  generation,
                   GError                 **error)
{
  if (generation <= self->written_generation)
    return TRUE;

  if (g_mkdir_with_parents (self->dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: the first %s is a folder, the second the reason */
                   _("could not create the folder “%s”: %s"), self->dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (!briefing_save_file_contents (self->path, data, length, 0600, error))
    return FALSE;

  self->written_generation = generation;
  return TRUE;
}

/* Runs in the main thread (flush) or in a worker (autosave). */
static gboolean
write_file (BriefingAnnotationFile  *self,
            const char              *data,
            gsize                    length,
            guint64                  generation,
            GError                 **error)
{
  gboolean ok;

  g_mutex_lock (&self->write_lock);
  ok = write_file_locked (self, data, length, generation, error);
  g_mutex_unlock (&self->write_lock);

  return ok;
}

static char *
take_snapshot (BriefingAnnotationFile  *self,
               gsize                   *length,
               GError                 **error)
{
  if (self->read_only)
    {
      g_set_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_IO,
                   /* Translators: %s is a file */
                   _("the file “%s” could not be read and is in the way"), self->path);
      return NULL;
    }

  if (self->snapshot == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED, _("The notes file is closed"));
      return NULL;
    }

  return self->snapshot (self->snapshot_data, length, error);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;

  if (write_file (source_object, job->data, job->length, job->generation, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void schedule_save (BriefingAnnotationFile *self);

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  BriefingAnnotationFile *self = BRIEFING_ANNOTATION_FILE (object);
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  if (g_task_propagate_boolean (G_TASK (result), &error))
    saved (self, job->generation);
  else
    save_failed (self, error);

  /* Changes made while the file was written; after a failure the next change tries again. */
  if (self->dirty && self->save_error == NULL)
    schedule_save (self);
}

static void
start_save (BriefingAnnotationFile *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  SaveJob *job = g_new0 (SaveJob, 1);

  job->generation = self->generation;
  if ((job->data = take_snapshot (self, &job->length, &error)) == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CLOSED))
        save_failed (self, error);
      save_job_free (job);
      return;
    }

  /* The task holds the file object until the bytes are on disk. */
  task = g_task_new (self, NULL, save_done_cb, NULL);
  g_task_set_source_tag (task, start_save);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  self->saving = TRUE;
  g_task_run_in_thread (task, save_thread);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  BriefingAnnotationFile *self = user_data;

  self->save_source = 0;
  if (self->dirty && !self->saving)
    start_save (self);

  return G_SOURCE_REMOVE;
}

/* Saved within the delay of the first unsaved change, however many follow it. */
static void
schedule_save (BriefingAnnotationFile *self)
{
  if (self->read_only)
    return;

  if (self->save_delay == 0)
    briefing_annotation_file_flush (self, NULL);
  else if (self->save_source == 0 && !self->saving)
    self->save_source = g_timeout_add (self->save_delay, save_timeout_cb, self);
}

static void
briefing_annotation_file_dispose (GObject *object)
{
  BriefingAnnotationFile *self = (BriefingAnnotationFile *)object;

  g_clear_handle_id (&self->save_source, g_source_remove);

  G_OBJECT_CLASS (briefing_annotation_file_parent_class)->dispose (object);
}

static void
briefing_annotation_file_finalize (GObject *object)
{
  BriefingAnnotationFile *self = (BriefingAnnotationFile *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->dir, g_free);
  g_clear_pointer (&self->save_error, g_free);
  g_mutex_clear (&self->write_lock);

  G_OBJECT_CLASS (briefing_annotation_file_parent_class)->finalize (object);
}

static void
briefing_annotation_file_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  BriefingAnnotationFile *self = BRIEFING_ANNOTATION_FILE (object);

  switch (prop_id)
    {
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    case PROP_SAVE_DELAY:
      g_value_set_uint (value, self->save_delay);
      break;

    case PROP_SAVE_ERROR:
      g_value_set_string (value, self->save_error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_annotation_file_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  BriefingAnnotationFile *self = BRIEFING_ANNOTATION_FILE (object);

  switch (prop_id)
    {
    case PROP_SAVE_DELAY:
      briefing_annotation_file_set_save_delay (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_annotation_file_class_init (BriefingAnnotationFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = briefing_annotation_file_dispose;
  object_class->finalize = briefing_annotation_file_finalize;
  object_class->get_property = briefing_annotation_file_get_property;
  object_class->set_property = briefing_annotation_file_set_property;

  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SAVE_DELAY] =
    g_param_spec_uint ("save-delay", NULL, NULL,
                       0, G_MAXUINT, DEFAULT_SAVE_DELAY,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SAVE_ERROR] =
    g_param_spec_string ("save-error", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_annotation_file_init (BriefingAnnotationFile *self)
{
  self->save_delay = DEFAULT_SAVE_DELAY;
  g_mutex_init (&self->write_lock);
}

BriefingAnnotationFile *
briefing_annotation_file_new (const char *path)
{
  BriefingAnnotationFile *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (BRIEFING_TYPE_ANNOTATION_FILE, NULL);
  self->path = g_strdup (path);
  self->dir = g_path_get_dirname (path);

  return self;
}

const char *
briefing_annotation_file_get_path (BriefingAnnotationFile *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_FILE (self), NULL);

  return self->path;
}

void
briefing_annotation_file_set_snapshot_func (BriefingAnnotationFile         *self,
                                            BriefingAnnotationSnapshotFunc  func,
                                            gpointer                        user_data)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION_FILE (self));

  self->snapshot = func;
  self->snapshot_data = user_data;
  if (func == NULL)
    g_clear_handle_id (&self->save_source, g_source_remove);
}

gboolean
briefing_annotation_file_read (BriefingAnnotationFile  *self,
                               char                   **data,
                               gsize                   *length,
                               GError                 **error)
{
  GStatBuf st;

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_FILE (self), FALSE);

  *data = NULL;
  *length = 0;
  self->read_only = FALSE;

  if (g_stat (self->path, &st) != 0)
    {
      int saved_errno = errno;

      /* No file, or no folder for it (a file is where it would be): nothing saved yet. Saving
       * then says what is in the way. */
      if (saved_errno == ENOENT || saved_errno == ENOTDIR)
        return TRUE;
      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("not a regular file"));
      return FALSE;
    }

  if ((guint64) st.st_size > BRIEFING_ANNOTATIONS_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (st.st_size);
      g_autofree char *limit = g_format_size (BRIEFING_ANNOTATIONS_MAX_SIZE);

      g_set_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_TOO_LARGE,
                   /* Translators: both are sizes such as "600 MB" */
                   _("the file is too large (%s; the limit is %s)"), size, limit);
      return FALSE;
    }

  /* The parser checks the size again: the file may have grown since. */
  return g_file_get_contents (self->path, data, length, error);
}

/* Renames the file to "<path>.corrupt-YYYYMMDD-HHMMSS" ("-2", "-3"… when taken). */
static char *
move_aside (const char  *path,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  int saved_errno = EEXIST;

  for (guint i = 1; i < 1000; i++)
    {
      g_autofree char *target = NULL;
      GStatBuf st;

      target = i == 1 ? g_strdup_printf ("%s.corrupt-%s", path, stamp)
                      : g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, i);

      /* link() refuses an existing name atomically, where rename() would replace it. */
      if (link (path, target) == 0)
        {
          if (g_unlink (path) == 0)
            return g_steal_pointer (&target);
          saved_errno = errno;
          g_unlink (target);
          break;
        }
      saved_errno = errno;
      if (saved_errno == EEXIST)
        continue;

      /* No hard links here (a folder, or a file system without them): check, then rename. */
      if (g_lstat (target, &st) == 0)
        continue;
      if (g_rename (path, target) == 0)
        return g_steal_pointer (&target);
      saved_errno = errno;
      break;
    }

  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), g_strerror (saved_errno));
  return NULL;
}

char *
briefing_annotation_file_set_aside (BriefingAnnotationFile *self,
                                    const GError           *reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *moved_to = NULL;
  char *message;

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_FILE (self), NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  if ((moved_to = move_aside (self->path, &error)) != NULL)
    message = g_strdup_printf (/* Translators: the first and last %s are files, the middle one the reason */
                               _("The annotations file “%s” could not be read (%s). It was renamed to “%s”, "
                                 "where everything in it is kept; new annotations go to a new file."),
                               self->path, reason->message, moved_to);
  else
    {
      /* Never write over a file that could not be read. */
      self->read_only = TRUE;
      message = g_strdup_printf (/* Translators: the first %s is a file, the others reasons */
                                 _("The annotations file “%s” could not be read (%s) nor renamed (%s). "
                                   "Changes to annotations will not be saved until it is moved away."),
                                 self->path, reason->message, error->message);
    }

  /* Handled, and shown by the store's "error-message": a log line is enough here. */
  g_message ("%s", message);
  return message;
}

void
briefing_annotation_file_mark_clean (BriefingAnnotationFile *self)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION_FILE (self));

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->saved_generation = self->generation;
  set_save_error (self, NULL);
  update_dirty (self);
}

void
briefing_annotation_file_changed (BriefingAnnotationFile *self)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION_FILE (self));

  self->generation++;
  update_dirty (self);
  schedule_save (self);
}

gboolean
briefing_annotation_file_flush (BriefingAnnotationFile  *self,
                                GError                 **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  guint64 generation;
  gsize length;

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_FILE (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->dirty)
    return TRUE;

  generation = self->generation;
  if ((data = take_snapshot (self, &length, &local_error)) == NULL ||
      !write_file (self, data, length, generation, &local_error))
    {
      save_failed (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  saved (self, generation);
  return TRUE;
}

gboolean
briefing_annotation_file_get_dirty (BriefingAnnotationFile *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_FILE (self), FALSE);

  return self->dirty;
}

guint
briefing_annotation_file_get_save_delay (BriefingAnnotationFile *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_FILE (self), 0);

  return self->save_delay;
}

void
briefing_annotation_file_set_save_delay (BriefingAnnotationFile *self,
                                         guint                   delay_ms)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION_FILE (self));

  if (self->save_delay == delay_ms)
    return;

  self->save_delay = delay_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_DELAY]);
}

const char *
briefing_annotation_file_get_save_error (BriefingAnnotationFile *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_FILE (self), NULL);

  return self->save_error;
}
