# The shortlisting service. Build: docker build -t shortlist .
# Run with PostgreSQL: docker-compose up (see docker-compose.yml and the README).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 shortlist
WORKDIR /srv/shortlist

# Dependencies first so code edits do not reinstall them.
COPY pyproject.toml README.md ./
COPY app/__init__.py app/__init__.py
COPY matching/__init__.py matching/__init__.py
COPY criteria/__init__.py criteria/__init__.py
RUN pip install .

COPY alembic.ini ./
COPY migrations migrations
COPY app app
COPY matching matching
COPY criteria criteria
# Editable, so `shortlist db upgrade` finds migrations/ beside the app package.
RUN pip install --no-deps -e . && mkdir -p data && chown shortlist data

USER shortlist
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
    CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4)" || exit 1
# Apply migrations, then serve. DATABASE_URL chooses the database (SQLite under ./data by default).
CMD ["sh", "-c", "shortlist db upgrade && exec shortlist serve --host 0.0.0.0 --port 8000 --workers ${WORKERS:-2}"]
