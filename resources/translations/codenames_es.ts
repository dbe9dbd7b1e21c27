<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Country</name>
    <message>
        <source>AE</source>
        <extracomment>United Arab Emirates</extracomment>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>AF</source>
        <extracomment>Afghanistan</extracomment>
        <translation>Afganistán</translation>
    </message>
    <message>
        <source>AG</source>
        <extracomment>Antigua and Barbuda</extracomment>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <source>AI</source>
        <extracomment>Anguilla</extracomment>
        <translation>Anguila</translation>
    </message>
    <message>
        <source>AQ</source>
        <extracomment>Antarctica</extracomment>
        <translation>Antártida</translation>
    </message>
    <message>
        <source>AS</source>
        <extracomment>American Samoa</extracomment>
        <translation>Samoa Estadounidense</translation>
    </message>
    <message>
        <source>AX</source>
        <extracomment>Åland Islands</extracomment>
        <translation>Islas Äland</translation>
    </message>
    <message>
        <source>AZ</source>
        <extracomment>Azerbaijan</extracomment>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <source>BA</source>
        <extracomment>Bosnia and Herzegovina</extracomment>
        <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
        <source>BD</source>
        <extracomment>Bangladesh</extracomment>
        <translation>Bangladés</translation>
    </message>
    <message>
        <source>BE</source>
        <extracomment>Belgium</extracomment>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>BF</source>
        <extracomment>Burkina Faso</extracomment>
        <translation>Burquina Faso</translation>
    </message>
    <message>
        <source>BH</source>
        <extracomment>Bahrain</extracomment>
        <translation>Baréin</translation>
    </message>
    <message>
        <source>BJ</source>
        <extracomment>Benin</extracomment>
        <translation>Benín</translation>
    </message>
    <message>
        <source>BL</source>
        <extracomment>Saint Barthélemy</extracomment>
        <translation>San Bartolomé</translation>
    </message>
    <message>
        <source>BM</source>
        <extracomment>Bermuda</extracomment>
        <translation>Islas Bermudas</translation>
    </message>
    <message>
        <source>BO</source>
        <extracomment>Bolivia</extracomment>
        <translation>Bolivia, Estado plurinacional de</translation>
    </message>
    <message>
        <source>BQ</source>
        <extracomment>Bonaire, Sint Eustatius and Saba</extracomment>
        <translation>Islas BES (Caribe Neerlandés)</translation>
    </message>
    <message>
        <source>BR</source>
        <extracomment>Brazil</extracomment>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>BT</source>
        <extracomment>Bhutan</extracomment>
        <translation>Bután</translation>
    </message>
    <message>
        <source>BV</source>
        <extracomment>Bouvet Island</extracomment>
        <translation>Isla Bouvet</translation>
    </message>
    <message>
        <source>BW</source>
        <extracomment>Botswana</extracomment>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>BY</source>
        <extracomment>Belarus</extracomment>
        <translation>Bielorrusia</translation>
    </message>
    <message>
        <source>BZ</source>
        <extracomment>Belize</extracomment>
        <translation>Belice</translation>
    </message>
    <message>
        <source>CA</source>
        <extracomment>Canada</extracomment>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>CC</source>
        <extracomment>Cocos (Keeling) Islands</extracomment>
        <translation>Islas Cocos (Keeling)</translation>
    </message>
    <message>
        <source>CD</source>
        <extracomment>Congo, The Democratic Republic of the</extracomment>
        <translation>Congo, República Democrática del</translation>
    </message>
    <message>
        <source>CF</source>
        <extracomment>Central African Republic</extracomment>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <source>CH</source>
        <extracomment>Switzerland</extracomment>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>CI</source>
        <extracomment>Côte d'Ivoire</extracomment>
        <translation>Costa de Marfíl</translation>
    </message>
    <message>
        <source>CK</source>
        <extracomment>Cook Islands</extracomment>
        <translation>Islas Cook</translation>
    </message>
    <message>
        <source>CM</source>
        <extracomment>Cameroon</extracomment>
        <translation>Camerún</translation>
    </message>
    <message>
        <source>CW</source>
        <extracomment>Curaçao</extracomment>
        <translation>Curazao</translation>
    </message>
    <message>
        <source>CX</source>
        <extracomment>Christmas Island</extracomment>
        <translation>Isla de Navidad</translation>
    </message>
    <message>
        <source>CY</source>
        <extracomment>Cyprus</extracomment>
        <translation>Chipre</translation>
    </message>
    <message>
        <source>CZ</source>
        <extracomment>Czechia</extracomment>
        <translation>Chequia</translation>
    </message>
    <message>
        <source>DE</source>
        <extracomment>Germany</extracomment>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>DJ</source>
        <extracomment>Djibouti</extracomment>
        <translation>Yibuti</translation>
    </message>
    <message>
        <source>DK</source>
        <extracomment>Denmark</extracomment>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>DO</source>
        <extracomment>Dominican Republic</extracomment>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <source>EG</source>
        <extracomment>Egypt</extracomment>
        <translation>Egipto</translation>
    </message>
    <message>
        <source>EH</source>
        <extracomment>Western Sahara</extracomment>
        <translation>Sahara Occidental</translation>
    </message>
    <message>
        <source>ES</source>
        <extracomment>Spain</extracomment>
        <translation>España</translation>
    </message>
    <message>
        <source>ET</source>
        <extracomment>Ethiopia</extracomment>
        <translation>Etiopía</translation>
    </message>
    <message>
        <source>FI</source>
        <extracomment>Finland</extracomment>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>FJ</source>
        <extracomment>Fiji</extracomment>
        <translation>Fiyi</translation>
    </message>
    <message>
        <source>FK</source>
        <extracomment>Falkland Islands (Malvinas)</extracomment>
        <translation>Islas Falkland (Malvinas)</translation>
    </message>
    <message>
        <source>FM</source>
        <extracomment>Micronesia, Federated States of</extracomment>
        <translation>Micronesia, Estados Federados de</translation>
    </message>
    <message>
        <source>FO</source>
        <extracomment>Faroe Islands</extracomment>
        <translation>Islas Feroe</translation>
    </message>
    <message>
        <source>FR</source>
        <extracomment>France</extracomment>
        <translation>Francia</translation>
    </message>
    <message>
        <source>GA</source>
        <extracomment>Gabon</extracomment>
        <translation>Gabón</translation>
    </message>
    <message>
        <source>GB</source>
        <extracomment>United Kingdom</extracomment>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>GD</source>
        <extracomment>Grenada</extracomment>
        <translation>Granada</translation>
    </message>
    <message>
        <source>GF</source>
        <extracomment>French Guiana</extracomment>
        <translation>Guayana Francesa</translation>
    </message>
    <message>
        <source>GL</source>
        <extracomment>Greenland</extracomment>
        <translation>Groenlandia</translation>
    </message>
    <message>
        <source>GP</source>
        <extracomment>Guadeloupe</extracomment>
        <translation>Guadalupe</translation>
    </message>
    <message>
        <source>GQ</source>
        <extracomment>Equatorial Guinea</extracomment>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <source>GR</source>
        <extracomment>Greece</extracomment>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>GS</source>
        <extracomment>South Georgia and the South Sandwich Islands</extracomment>
        <translation>Islas Georgias del Sur y Sándwich del Sur</translation>
    </message>
    <message>
        <source>GW</source>
        <extracomment>Guinea-Bissau</extracomment>
        <translation>Guinea-Bisáu</translation>
    </message>
    <message>
        <source>HM</source>
        <extracomment>Heard Island and McDonald Islands</extracomment>
        <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
        <source>HR</source>
        <extracomment>Croatia</extracomment>
        <translation>Croacia</translation>
    </message>
    <message>
        <source>HT</source>
        <extracomment>Haiti</extracomment>
        <translation>Haití</translation>
    </message>
    <message>
        <source>HU</source>
        <extracomment>Hungary</extracomment>
        <translation>Hungría</translation>
    </message>
    <message>
        <source>IE</source>
        <extracomment>Ireland</extracomment>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>IM</source>
        <extracomment>Isle of Man</extracomment>
        <translation>Isla de Man</translation>
    </message>
    <message>
        <source>IO</source>
        <extracomment>British Indian Ocean Territory</extracomment>
        <translation>Territorio Británico del Océano Índico</translation>
    </message>
    <message>
        <source>IQ</source>
        <extracomment>Iraq</extracomment>
        <translation>Irak</translation>
    </message>
    <message>
        <source>IR</source>
        <extracomment>Iran</extracomment>
        <translation>Irán, República islámica de</translation>
    </message>
    <message>
        <source>IS</source>
        <extracomment>Iceland</extracomment>
        <translation>Islandia</translation>
    </message>
    <message>
        <source>IT</source>
        <extracomment>Italy</extracomment>
        <translation>Italia</translation>
    </message>
    <message>
        <source>JO</source>
        <extracomment>Jordan</extracomment>
        <translation>Jordania</translation>
    </message>
    <message>
        <source>JP</source>
        <extracomment>Japan</extracomment>
        <translation>Japón</translation>
    </message>
    <message>
        <source>KE</source>
        <extracomment>Kenya</extracomment>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>KG</source>
        <extracomment>Kyrgyzstan</extracomment>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <source>KH</source>
        <extracomment>Cambodia</extracomment>
        <translation>Camboya</translation>
    </message>
    <message>
        <source>KM</source>
        <extracomment>Comoros</extracomment>
        <translation>Comores, Islas</translation>
    </message>
    <message>
        <source>KN</source>
        <extracomment>Saint Kitts and Nevis</extracomment>
        <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
        <source>KP</source>
        <extracomment>North Korea</extracomment>
        <translation>Corea, República Democrática Popular de</translation>
    </message>
    <message>
        <source>KR</source>
        <extracomment>South Korea</extracomment>
        <translation>Corea, República de</translation>
    </message>
    <message>
        <source>KY</source>
        <extracomment>Cayman Islands</extracomment>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <source>KZ</source>
        <extracomment>Kazakhstan</extracomment>
        <translation>Kazajistán</translation>
    </message>
    <message>
        <source>LA</source>
        <extracomment>Laos</extracomment>
        <translation>República Democrática Popular de Lao</translation>
    </message>
    <message>
        <source>LB</source>
        <extracomment>Lebanon</extracomment>
        <translation>Líbano</translation>
    </message>
    <message>
        <source>LC</source>
        <extracomment>Saint Lucia</extracomment>
        <translation>Santa Lucía</translation>
    </message>
    <message>
        <source>LS</source>
        <extracomment>Lesotho</extracomment>
        <translation>Lesoto</translation>
    </message>
    <message>
        <source>LT</source>
        <extracomment>Lithuania</extracomment>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>LU</source>
        <extracomment>Luxembourg</extracomment>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <source>LV</source>
        <extracomment>Latvia</extracomment>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>LY</source>
        <extracomment>Libya</extracomment>
        <translation>Libia</translation>
    </message>
    <message>
        <source>MA</source>
        <extracomment>Morocco</extracomment>
        <translation>Marruecos</translation>
    </message>
    <message>
        <source>MC</source>
        <extracomment>Monaco</extracomment>
        <translation>Mónaco</translation>
    </message>
    <message>
        <source>MD</source>
        <extracomment>Moldova</extracomment>
        <translation>Moldavia</translation>
    </message>
    <message>
        <source>MF</source>
        <extracomment>Saint Martin (French part)</extracomment>
        <translation>San Martín (zona francesa)</translation>
    </message>
    <message>
        <source>MH</source>
        <extracomment>Marshall Islands</extracomment>
        <translation>Islas Marshall</translation>
    </message>
    <message>
        <source>MK</source>
        <extracomment>North Macedonia</extracomment>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <source>ML</source>
        <extracomment>Mali</extracomment>
        <translation>Malí</translation>
    </message>
    <message>
        <source>MM</source>
        <extracomment>Myanmar</extracomment>
        <translation>Birmania</translation>
    </message>
    <message>
        <source>MP</source>
        <extracomment>Northern Mariana Islands</extracomment>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <source>MQ</source>
        <extracomment>Martinique</extracomment>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>MU</source>
        <extracomment>Mauritius</extracomment>
        <translation>Mauricio</translation>
    </message>
    <message>
        <source>MV</source>
        <extracomment>Maldives</extracomment>
        <translation>Islas Maldivas</translation>
    </message>
    <message>
        <source>MW</source>
        <extracomment>Malawi</extracomment>
        <translation>Malaui</translation>
    </message>
    <message>
        <source>MX</source>
        <extracomment>Mexico</extracomment>
        <translation>México</translation>
    </message>
    <message>
        <source>MY</source>
        <extracomment>Malaysia</extracomment>
        <translation>Malasia</translation>
    </message>
    <message>
        <source>NC</source>
        <extracomment>New Caledonia</extracomment>
        <translation>Nueva Caledonia</translation>
    </message>
    <message>
        <source>NF</source>
        <extracomment>Norfolk Island</extracomment>
        <translation>Isla Norfolk</translation>
    </message>
    <message>
        <source>NL</source>
        <extracomment>Netherlands</extracomment>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>NO</source>
        <extracomment>Norway</extracomment>
        <translation>Noruega</translation>
    </message>
    <message>
        <source>NZ</source>
        <extracomment>New Zealand</extracomment>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>OM</source>
        <extracomment>Oman</extracomment>
        <translation>Omán</translation>
    </message>
    <message>
        <source>PA</source>
        <extracomment>Panama</extracomment>
        <translation>Panamá</translation>
    </message>
    <message>
        <source>PE</source>
        <extracomment>Peru</extracomment>
        <translation>Perú</translation>
    </message>
    <message>
        <source>PF</source>
        <extracomment>French Polynesia</extracomment>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <source>PG</source>
        <extracomment>Papua New Guinea</extracomment>
        <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
        <source>PH</source>
        <extracomment>Philippines</extracomment>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>PK</source>
        <extracomment>Pakistan</extracomment>
        <translation>Pakistán</translation>
    </message>
    <message>
        <source>PL</source>
        <extracomment>Poland</extracomment>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>PM</source>
        <extracomment>Saint Pierre and Miquelon</extracomment>
        <translation>San Pedro y Miquelon</translation>
    </message>
    <message>
        <source>PS</source>
        <extracomment>Palestine, State of</extracomment>
        <translation>Palestina, Estado de</translation>
    </message>
    <message>
        <source>PW</source>
        <extracomment>Palau</extracomment>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>QA</source>
        <extracomment>Qatar</extracomment>
        <translation>Catar</translation>
    </message>
    <message>
        <source>RE</source>
        <extracomment>Réunion</extracomment>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>RO</source>
        <extracomment>Romania</extracomment>
        <translation>Rumanía</translation>
    </message>
    <message>
        <source>RU</source>
        <extracomment>Russian Federation</extracomment>
        <translation>Federación Rusa</translation>
    </message>
    <message>
        <source>RW</source>
        <extracomment>Rwanda</extracomment>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>SA</source>
        <extracomment>Saudi Arabia</extracomment>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <source>SB</source>
        <extracomment>Solomon Islands</extracomment>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <source>SD</source>
        <extracomment>Sudan</extracomment>
        <translation>Sudán</translation>
    </message>
    <message>
        <source>SE</source>
        <extracomment>Sweden</extracomment>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>SG</source>
        <extracomment>Singapore</extracomment>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>SH</source>
        <extracomment>Saint Helena, Ascension and Tristan da Cunha</extracomment>
        <translation>Santa Elena, Ascensión y Tristán de Acuña</translation>
    </message>
    <message>
        <source>SI</source>
        <extracomment>Slovenia</extracomment>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>SJ</source>
        <extracomment>Svalbard and Jan Mayen</extracomment>
        <translation>Svalbard y Jan Mayen</translation>
    </message>
    <message>
        <source>SK</source>
        <extracomment>Slovakia</extracomment>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <source>SL</source>
        <extracomment>Sierra Leone</extracomment>
        <translation>Sierra Leona</translation>
    </message>
    <message>
        <source>SR</source>
        <extracomment>Suriname</extracomment>
        <translation>Surinám</translation>
    </message>
    <message>
        <source>SS</source>
        <extracomment>South Sudan</extracomment>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <source>ST</source>
        <extracomment>Sao Tome and Principe</extracomment>
        <translation>Santo Tomé y Príncipe</translation>
    </message>
    <message>
        <source>SX</source>
        <extracomment>Sint Maarten (Dutch part)</extracomment>
        <translation>Isla de San Martín (zona holandsea)</translation>
    </message>
    <message>
        <source>SY</source>
        <extracomment>Syria</extracomment>
        <translation>República árabe de Siria</translation>
    </message>
    <message>
        <source>SZ</source>
        <extracomment>Eswatini</extracomment>
        <translation>Esuatini</translation>
    </message>
    <message>
        <source>TC</source>
        <extracomment>Turks and Caicos Islands</extracomment>
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <source>TF</source>
        <extracomment>French Southern Territories</extracomment>
        <translation>Territorios Franceses del Sur</translation>
    </message>
    <message>
        <source>TH</source>
        <extracomment>Thailand</extracomment>
        <translation>Tailandia</translation>
    </message>
    <message>
        <source>TJ</source>
        <extracomment>Tajikistan</extracomment>
        <translation>Tayikistán</translation>
    </message>
    <message>
        <source>TL</source>
        <extracomment>Timor-Leste</extracomment>
        <translation>Timor Oriental</translation>
    </message>
    <message>
        <source>TM</source>
        <extracomment>Turkmenistan</extracomment>
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <source>TN</source>
        <extracomment>Tunisia</extracomment>
        <translation>Tunez</translation>
    </message>
    <message>
        <source>TT</source>
        <extracomment>Trinidad and Tobago</extracomment>
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <source>TW</source>
        <extracomment>Taiwan</extracomment>
        <translation>Taiwán</translation>
    </message>
    <message>
        <source>TZ</source>
        <extracomment>Tanzania</extracomment>
        <translation>Tanzania, República unida de</translation>
    </message>
    <message>
        <source>UA</source>
        <extracomment>Ukraine</extracomment>
        <translation>Ucrania</translation>
    </message>
    <message>
        <source>UM</source>
        <extracomment>United States Minor Outlying Islands</extracomment>
        <translation>Islas Ultramarinas Menores de Estados Unidos</translation>
    </message>
    <message>
        <source>US</source>
        <extracomment>United States</extracomment>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>UZ</source>
        <extracomment>Uzbekistan</extracomment>
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <source>VA</source>
        <extracomment>Holy See (Vatican City State)</extracomment>
        <translation>Santa Sede (Ciudad Estado del Vaticano)</translation>
    </message>
    <message>
        <source>VC</source>
        <extracomment>Saint Vincent and the Grenadines</extracomment>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <source>VE</source>
        <extracomment>Venezuela</extracomment>
        <translation>Venezuela, República Bolivariana de</translation>
    </message>
    <message>
        <source>VG</source>
        <extracomment>Virgin Islands, British</extracomment>
        <translation>Islas Vírgenes, Británicas</translation>
    </message>
    <message>
        <source>VI</source>
        <extracomment>Virgin Islands, U.S.</extracomment>
        <translation>Islas Vírgenes, de EEUU</translation>
    </message>
    <message>
        <source>VN</source>
        <extracomment>Vietnam</extracomment>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>WF</source>
        <extracomment>Wallis and Futuna</extracomment>
        <translation>Wallis y Futuna</translation>
    </message>
    <message>
        <source>ZA</source>
        <extracomment>South Africa</extracomment>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>ZW</source>
        <extracomment>Zimbabwe</extracomment>
        <translation>Zimbabue</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>ab</source>
        <extracomment>Abkhazian</extracomment>
        <translation>Abjaziano</translation>
    </message>
    <message>
        <source>am</source>
        <extracomment>Amharic</extracomment>
        <translation>Ámárico</translation>
    </message>
    <message>
        <source>an</source>
        <extracomment>Aragonese</extracomment>
        <translation>Aragonés</translation>
    </message>
    <message>
        <source>ar</source>
        <extracomment>Arabic</extracomment>
        <translation>Árábe</translation>
    </message>
    <message>
        <source>as</source>
        <extracomment>Assamese</extracomment>
        <translation>Assamais</translation>
    </message>
    <message>
        <source>ay</source>
        <extracomment>Aymara</extracomment>
        <translation>Aymará</translation>
    </message>
    <message>
        <source>az</source>
        <extracomment>Azerbaijani</extracomment>
        <translation>Azerbayano</translation>
    </message>
    <message>
        <source>be</source>
        <extracomment>Belarusian</extracomment>
        <translation>Bieloruso</translation>
    </message>
    <message>
        <source>bg</source>
        <extracomment>Bulgarian</extracomment>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>bn</source>
        <extracomment>Bengali</extracomment>
        <translation>Bengalí</translation>
    </message>
    <message>
        <source>bo</source>
        <extracomment>Tibetan</extracomment>
        <translation>Tibetano</translation>
    </message>
    <message>
        <source>br</source>
        <extracomment>Breton</extracomment>
        <translation>Bretón</translation>
    </message>
    <message>
        <source>bs</source>
        <extracomment>Bosnian</extracomment>
        <translation>Bosnio</translation>
    </message>
    <message>
        <source>ca</source>
        <extracomment>Catalan</extracomment>
        <translation>Catalán</translation>
    </message>
    <message>
        <source>ce</source>
        <extracomment>Chechen</extracomment>
        <translation>Checheno</translation>
    </message>
    <message>
        <source>co</source>
        <extracomment>Corsican</extracomment>
        <translation>Corso</translation>
    </message>
    <message>
        <source>cs</source>
        <extracomment>Czech</extracomment>
        <translation>Checo</translation>
    </message>
    <message>
        <source>cy</source>
        <extracomment>Welsh</extracomment>
        <translation>Galés</translation>
    </message>
    <message>
        <source>da</source>
        <extracomment>Danish</extracomment>
        <translation>Danés</translation>
    </message>
    <message>
        <source>de</source>
        <extracomment>German</extracomment>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>dz</source>
        <extracomment>Dzongkha</extracomment>
        <translation>Butaní</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>English</extracomment>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>es</source>
        <extracomment>Spanish</extracomment>
        <translation>Español</translation>
    </message>
    <message>
        <source>et</source>
        <extracomment>Estonian</extracomment>
        <translation>Estonio</translation>
    </message>
    <message>
        <source>eu</source>
        <extracomment>Basque</extracomment>
        <translation>Vasco</translation>
    </message>
    <message>
        <source>fa</source>
        <extracomment>Persian</extracomment>
        <translation>Persa</translation>
    </message>
    <message>
        <source>fi</source>
        <extracomment>Finnish</extracomment>
        <translation>Finés</translation>
    </message>
    <message>
        <source>fj</source>
        <extracomment>Fijian</extracomment>
        <translation>Fidji</translation>
    </message>
    <message>
        <source>fo</source>
        <extracomment>Faroese</extracomment>
        <translation>Feroés</translation>
    </message>
    <message>
        <source>fr</source>
        <extracomment>French</extracomment>
        <translation>Francés</translation>
    </message>
    <message>
        <source>ga</source>
        <extracomment>Irish</extracomment>
        <translation>Irlandés</translation>
    </message>
    <message>
        <source>gn</source>
        <extracomment>Guarani</extracomment>
        <translation>Guaraní</translation>
    </message>
    <message>
        <source>gu</source>
        <extracomment>Gujarati</extracomment>
        <translation>Guyaratí</translation>
    </message>
    <message>
        <source>gv</source>
        <extracomment>Manx</extracomment>
        <translation>Manx [Gaélico de Manx]</translation>
    </message>
    <message>
        <source>ha</source>
        <extracomment>Hausa</extracomment>
        <translation>Haussa</translation>
    </message>
    <message>
        <source>he</source>
        <extracomment>Hebrew</extracomment>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>hr</source>
        <extracomment>Croatian</extracomment>
        <translation>Croata</translation>
    </message>
    <message>
        <source>hu</source>
        <extracomment>Hungarian</extracomment>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>hy</source>
        <extracomment>Armenian</extracomment>
        <translation>Armenio</translation>
    </message>
    <message>
        <source>ia</source>
        <extracomment>Interlingua (International Auxiliary Language Association)</extracomment>
        <translation>Interlingua</translation>
    </message>
    <message>
        <source>id</source>
        <extracomment>Indonesian</extracomment>
        <translation>Indonesio</translation>
    </message>
    <message>
        <source>ik</source>
        <extracomment>Inupiaq</extracomment>
        <translation>Inupiak</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>Icelandic</extracomment>
        <translation>Islandés</translation>
    </message>
    <message>
        <source>it</source>
        <extracomment>Italian</extracomment>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>ja</source>
        <extracomment>Japanese</extracomment>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>jv</source>
        <extracomment>Javanese</extracomment>
        <translation>Javanés</translation>
    </message>
    <message>
        <source>ka</source>
        <extracomment>Georgian</extracomment>
        <translation>Georgiano</translation>
    </message>
    <message>
        <source>kk</source>
        <extracomment>Kazakh</extracomment>
        <translation>Kazako</translation>
    </message>
    <message>
        <source>kn</source>
        <extracomment>Kannada</extracomment>
        <translation>Canarés</translation>
    </message>
    <message>
        <source>ko</source>
        <extracomment>Korean</extracomment>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>ks</source>
        <extracomment>Kashmiri</extracomment>
        <translation>Kashmir</translation>
    </message>
    <message>
        <source>ku</source>
        <extracomment>Kurdish</extracomment>
        <translation>Kurdo</translation>
    </message>
    <message>
        <source>kw</source>
        <extracomment>Cornish</extracomment>
        <translation>Córnico</translation>
    </message>
    <message>
        <source>ky</source>
        <extracomment>Kirghiz</extracomment>
        <translation>Kirghizo</translation>
    </message>
    <message>
        <source>la</source>
        <extracomment>Latin</extracomment>
        <translation>Latín</translation>
    </message>
    <message>
        <source>lo</source>
        <extracomment>Lao</extracomment>
        <translation>Laosiano</translation>
    </message>
    <message>
        <source>lt</source>
        <extracomment>Lithuanian</extracomment>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>lv</source>
        <extracomment>Latvian</extracomment>
        <translation>Letón</translation>
    </message>
    <message>
        <source>mg</source>
        <extracomment>Malagasy</extracomment>
        <translation>Malgache</translation>
    </message>
    <message>
        <source>mi</source>
        <extracomment>Maori</extracomment>
        <translation>Maorí</translation>
    </message>
    <message>
        <source>mk</source>
        <extracomment>Macedonian</extracomment>
        <translation>Macedonio</translation>
    </message>
    <message>
        <source>ml</source>
        <extracomment>Malayalam</extracomment>
        <translation>Malabar</translation>
    </message>
    <message>
        <source>mn</source>
        <extracomment>Mongolian</extracomment>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>mr</source>
        <extracomment>Marathi</extracomment>
        <translation>Marath</translation>
    </message>
    <message>
        <source>mt</source>
        <extracomment>Maltese</extracomment>
        <translation>Maltés</translation>
    </message>
    <message>
        <source>my</source>
        <extracomment>Burmese</extracomment>
        <translation>Birmano</translation>
    </message>
    <message>
        <source>nl</source>
        <extracomment>Dutch</extracomment>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>nn</source>
        <extracomment>Norwegian Nynorsk</extracomment>
        <translation>Noruego Nynorsk</translation>
    </message>
    <message>
        <source>no</source>
        <extracomment>Norwegian</extracomment>
        <translation>Noruego</translation>
    </message>
    <message>
        <source>om</source>
        <extracomment>Oromo</extracomment>
        <translation>Oromo</translation>
    </message>
    <message>
        <source>pl</source>
        <extracomment>Polish</extracomment>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>ps</source>
        <extracomment>Pushto</extracomment>
        <translation>Pashtún</translation>
    </message>
    <message>
        <source>pt</source>
        <extracomment>Portuguese</extracomment>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>rn</source>
        <extracomment>Rundi</extracomment>
        <translation>Kiroundi</translation>
    </message>
    <message>
        <source>ro</source>
        <extracomment>Romanian</extracomment>
        <translation>Rumano</translation>
    </message>
    <message>
        <source>ru</source>
        <extracomment>Russian</extracomment>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>sa</source>
        <extracomment>Sanskrit</extracomment>
        <translation>Sánscrito</translation>
    </message>
    <message>
        <source>sc</source>
        <extracomment>Sardinian</extracomment>
        <translation>Sardo</translation>
    </message>
    <message>
        <source>si</source>
        <extracomment>Sinhala</extracomment>
        <translation>Cingalés</translation>
    </message>
    <message>
        <source>sk</source>
        <extracomment>Slovak</extracomment>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>sl</source>
        <extracomment>Slovenian</extracomment>
        <translation>Esloveno</translation>
    </message>
    <message>
        <source>sm</source>
        <extracomment>Samoan</extracomment>
        <translation>Samoano</translation>
    </message>
    <message>
        <source>so</source>
        <extracomment>Somali</extracomment>
        <translation>Somalí</translation>
    </message>
    <message>
        <source>sq</source>
        <extracomment>Albanian</extracomment>
        <translation>Albanés</translation>
    </message>
    <message>
        <source>sr</source>
        <extracomment>Serbian</extracomment>
        <translation>Serbio</translation>
    </message>
    <message>
        <source>ss</source>
        <extracomment>Swati</extracomment>
        <translation>Siswati</translation>
    </message>
    <message>
        <source>su</source>
        <extracomment>Sundanese</extracomment>
        <translation>Sondanés</translation>
    </message>
    <message>
        <source>sv</source>
        <extracomment>Swedish</extracomment>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>tg</source>
        <extracomment>Tajik</extracomment>
        <translation>Tajiko</translation>
    </message>
    <message>
        <source>th</source>
        <extracomment>Thai</extracomment>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>tk</source>
        <extracomment>Turkmen</extracomment>
        <translation>Turkmeno</translation>
    </message>
    <message>
        <source>tl</source>
        <extracomment>Tagalog</extracomment>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>tn</source>
        <extracomment>Tswana</extracomment>
        <translation>Setchwana</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Tonga (Tonga Islands)</extracomment>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>tr</source>
        <extracomment>Turkish</extracomment>
        <translation>Turco</translation>
    </message>
    <message>
        <source>tt</source>
        <extracomment>Tatar</extracomment>
        <translation>Tataro</translation>
    </message>
    <message>
        <source>tw</source>
        <extracomment>Twi</extracomment>
        <translation>Tchi</translation>
    </message>
    <message>
        <source>ty</source>
        <extracomment>Tahitian</extracomment>
        <translation>Tahitiano</translation>
    </message>
    <message>
        <source>ug</source>
        <extracomment>Uighur</extracomment>
        <translation>Uiguro</translation>
    </message>
    <message>
        <source>uk</source>
        <extracomment>Ukrainian</extracomment>
        <translation>Ukranio</translation>
    </message>
    <message>
        <source>uz</source>
        <extracomment>Uzbek</extracomment>
        <translation>Uzbeko</translation>
    </message>
    <message>
        <source>vi</source>
        <extracomment>Vietnamese</extracomment>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>wa</source>
        <extracomment>Walloon</extracomment>
        <translation>Valón</translation>
    </message>
    <message>
        <source>yi</source>
        <extracomment>Yiddish</extracomment>
        <translation>Yidish</translation>
    </message>
    <message>
        <source>zh</source>
        <extracomment>Chinese</extracomment>
        <translation>Chino</translation>
    </message>
</context>
</TS>
