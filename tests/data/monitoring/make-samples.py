#!/usr/bin/env python3
"""Writes the sample fix files of tests/data/monitoring (synthetic positions around Lahore and
Islamabad; sentence layouts as u-blox M8, SiRF IV and phone loggers write them). Re-run to regenerate."""
import datetime as dt
import math


def cs(body):
    x = 0
    for ch in body.encode():
        x ^= ch
    return f"${body}*{x:02X}"


def dm(value, lat):
    hemi = ("N" if value >= 0 else "S") if lat else ("E" if value >= 0 else "W")
    value = abs(value)
    deg = int(value)
    minutes = (value - deg) * 60
    return (f"{deg:02d}{minutes:08.5f}" if lat else f"{deg:03d}{minutes:08.5f}"), hemi


def t(ts, decimals=2):
    frac = f"{ts.microsecond / 1e6:.{decimals}f}"[1:]
    return ts.strftime("%H%M%S") + frac


def path(lat0, lon0, n, step_east=8.0, step_north=3.0):
    for i in range(n):
        lat = lat0 + i * step_north / 111195.0
        lon = lon0 + i * step_east / (111195.0 * math.cos(math.radians(lat0)))
        yield lat, lon


def write(name, lines, eol="\r\n"):
    with open(name, "w", newline="") as f:
        f.write(eol.join(lines) + eol)


# u-blox M8 (NMEA 4.10, GN talker), 1 Hz, Lahore; three epochs without a fix first.
start = dt.datetime(2026, 3, 14, 4, 30, 0)
lines = [cs("GNTXT,01,01,02,u-blox AG - www.u-blox.com"), cs("GNTXT,01,01,02,HW UBX-M8030 00080000")]
for i in range(3):
    ts = start + dt.timedelta(seconds=i)
    lines += [cs(f"GNRMC,{t(ts)},V,,,,,,,140326,,,N,V"), cs("GNVTG,,,,,,,,,N"),
              cs(f"GNGGA,{t(ts)},,,,,0,00,99.99,,,,,,"), cs("GNGSA,A,1,,,,,,,,,,,,,99.99,99.99,99.99,1"),
              cs("GPGSV,1,1,02,05,,,28,13,,,25,1"), cs(f"GNGLL,,,,,{t(ts)},V,N")]
for i, (lat, lon) in enumerate(path(31.5204, 74.3587, 12)):
    ts = start + dt.timedelta(seconds=3 + i)
    la, ns = dm(lat, True)
    lo, ew = dm(lon, False)
    lines += [cs(f"GNRMC,{t(ts)},A,{la},{ns},{lo},{ew},16.523,68.31,140326,,,A,V"),
              cs("GNVTG,68.31,T,,M,16.523,N,30.601,K,A"),
              cs(f"GNGGA,{t(ts)},{la},{ns},{lo},{ew},1,09,0.98,214.3,M,-40.1,M,,"),
              cs("GNGSA,A,3,05,13,15,18,20,,,,,,,,1.71,0.98,1.40,1"),
              cs("GNGSA,A,3,67,68,77,78,,,,,,,,,1.71,0.98,1.40,2"),
              cs("GPGSV,3,1,10,05,42,298,38,13,67,046,41,15,31,054,36,18,22,174,33,1"),
              cs("GLGSV,2,1,06,67,29,321,30,68,71,006,35,77,18,098,31,78,55,151,34,1"),
              cs(f"GNGLL,{la},{ns},{lo},{ew},{t(ts)},A,A")]
write("ublox-m8-lahore.nmea", lines)

# SiRF IV (NMEA 3.0, GP talker), GGA before RMC, over midnight UTC, Islamabad; one epoch drops out.
start = dt.datetime(2026, 3, 14, 23, 59, 55)
lines = []
for i, (lat, lon) in enumerate(path(33.6844, 73.0479, 10, 1.2, -0.8)):
    ts = start + dt.timedelta(seconds=i)
    la, ns = dm(lat, True)
    lo, ew = dm(lon, False)
    d = ts.strftime("%d%m%y")
    if i == 4:
        lines += [cs(f"GPGGA,{t(ts, 3)},{la},{ns},{lo},{ew},0,00,,,M,,M,,0000"),
                  cs(f"GPRMC,{t(ts, 3)},V,{la},{ns},{lo},{ew},,,{d},,,N")]
        continue
    lines += [cs(f"GPGGA,{t(ts, 3)},{la},{ns},{lo},{ew},1,07,1.2,540.8,M,-41.6,M,,0000"),
              cs("GPGSA,A,3,02,06,12,19,24,25,29,,,,,,2.1,1.2,1.7"),
              cs("GPGSV,2,1,08,02,54,125,43,06,33,049,39,12,58,316,44,19,11,283,30"),
              cs("GPGSV,2,2,08,24,48,041,40,25,72,219,45,29,19,187,35,31,04,255,"),
              cs(f"GPRMC,{t(ts, 3)},A,{la},{ns},{lo},{ew},2.81,223.10,{d},,,A")]
write("sirf4-islamabad-midnight.nmea", lines)

# A GGA-only run after one RMC, across midnight (the GGA take the RMC's date and roll over).
start = dt.datetime(2026, 3, 15, 23, 59, 50)
la, ns = dm(31.5497, True)
lo, ew = dm(74.3436, False)
lines = [cs(f"GPRMC,{t(start)},A,{la},{ns},{lo},{ew},0.0,0.0,150326,,,A")]
for i in range(1, 21, 2):
    ts = start + dt.timedelta(seconds=i)
    lines.append(cs(f"GPGGA,{t(ts)},{la},{ns},{lo},{ew},1,06,1.5,210.0,M,-40.0,M,,"))
write("gga-rollover.nmea", lines, "\n")

# Malformed NMEA.
good = [cs(f"GPRMC,050000.00,A,{la},{ns},{lo},{ew},0.0,0.0,150326,,,A"),
        cs(f"GPGGA,050001.00,{la},{ns},{lo},{ew},1,06,1.5,210.0,M,-40.0,M,,")]
bad = cs(f"GPRMC,050002.00,A,{la},{ns},{lo},{ew},0.0,0.0,150326,,,A")
write("bad-checksum.nmea", good + [bad[:-2] + ("00" if bad[-2:] != "00" else "11")])
write("truncated.nmea", good + [bad[:40]])
write("bad-coordinates.nmea", good + [cs(f"GPRMC,050002.00,A,3161.2000,N,{lo},{ew},0.0,0.0,150326,,,A")])
write("non-monotonic.nmea", good + [cs(f"GPRMC,045959.00,A,{la},{ns},{lo},{ew},0.0,0.0,150326,,,A")])
with open("binary-garbage.nmea", "wb") as f:
    f.write(("\r\n".join(good) + "\r\n").encode() + bytes([0xB5, 0x62, 0x01, 0x07, 0x5C, 0x00, 0x00, 0xFF, 0x10]) + b"\r\n")

# GPX 1.1 as a phone logger writes it, with extensions.
pts = []
start = dt.datetime(2026, 3, 14, 5, 0, 0)
for i, (lat, lon) in enumerate(path(31.5204, 74.3587, 6, 40, 10)):
    ts = (start + dt.timedelta(seconds=60 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
    pts.append(f"""      <trkpt lat="{lat:.7f}" lon="{lon:.7f}">
        <ele>214.{i}</ele>
        <time>{ts}</time>
        <hdop>0.9</hdop>
        <extensions>
          <nigran:accuracy>{4 + i}</nigran:accuracy>
          <nigran:speed>0.7</nigran:speed>
          <nigran:battery>{80 - i}</nigran:battery>
          <nigran:strap>closed</nigran:strap>
          <nigran:source>gps</nigran:source>
        </extensions>
      </trkpt>""")
gpx = f"""<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="GPSLogger 131 - http://gpslogger.mendhak.com/"
     xmlns="http://www.topografix.com/GPX/1/1"
     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
     xmlns:nigran="urn:nigran:gpx:1"
     xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">
  <metadata><time>2026-03-14T05:00:00Z</time></metadata>
  <wpt lat="31.5" lon="74.3"><name>start</name></wpt>
  <trk>
    <name>20260314</name>
    <trkseg>
{chr(10).join(pts[:3])}
    </trkseg>
    <trkseg>
{chr(10).join(pts[3:])}
    </trkseg>
  </trk>
</gpx>
"""
open("gpslogger-lahore.gpx", "w").write(gpx)
open("gpx-bad-time.gpx", "w").write(gpx.replace("2026-03-14T05:02:00Z", "14/03/2026 05:02"))
open("gpx-truncated.gpx", "w").write(gpx[: len(gpx) * 2 // 3])
open("gpx-bad-lat.gpx", "w").write(gpx.replace('lat="31.52', 'lat="131.52', 1))

# CSV: GPSLogger's layout, and Nigran's documented columns with quoted fields.
rows = ["time,lat,lon,elevation,accuracy,bearing,speed,satellites,provider,hdop,vdop,pdop,geoidheight,ageofdgpsdata,dgpsid,activity,battery,annotation,timestamp_ms,time_offset,distance,starttimestamp_ms,profile_name,battery_charging"]
for i, (lat, lon) in enumerate(path(33.6844, 73.0479, 5, 30, 30)):
    ts = start + dt.timedelta(seconds=30 * i)
    ms = int(ts.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    rows.append(f"{ts.strftime('%Y-%m-%dT%H:%M:%S')}.000Z,{lat:.7f},{lon:.7f},540.0,{6 + i}.0,45.0,1.4,9,gps,0.8,1.1,1.3,-41.6,,,,{90 - i},,{ms},2026-03-14T10:0{i}:00.000+05:00,{i * 42.0},{ms},Default Profile,false")
write("gpslogger-islamabad.csv", rows, "\n")
rows = ["device_id,fix_time,device_time,lat,lon,accuracy_m,speed_kmh,source,battery,strap,note"]
for i, (lat, lon) in enumerate(path(31.5204, 74.3587, 4, 20, 0)):
    ts = (start + dt.timedelta(seconds=60 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
    rows.append(f'TAG-0042,{ts},{ts},{lat:.7f},{lon:.7f},{12 + i},3.6,{"cell" if i == 2 else "gps"},{50 - i},{"open" if i == 3 else "closed"},"checked, ""ok""\nsecond line"')
write("nigran-columns.csv", rows)
bad_rows = rows[:3] + [rows[3].replace("31.52", "91.52", 1)]
write("csv-bad-lat.csv", bad_rows)
write("csv-unclosed-quote.csv", rows[:3] + ['TAG-0042,2026-03-14T05:09:00Z,,31.5,74.3,5,,gps,40,closed,"never closed'])
write("csv-missing-columns.csv", ["device_id,when,lat,lon"] + ["TAG-0042,2026-03-14T05:00:00Z,31.5,74.3"])
write("csv-non-monotonic.csv", [rows[0], rows[2], rows[1]])
